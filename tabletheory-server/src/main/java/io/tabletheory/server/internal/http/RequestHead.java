package io.tabletheory.server.internal.http;

import java.io.IOException;

/**
 * The request line and headers of one HTTP/1.x request, read by {@link #read} from a connection of {@link
 * BlockingHttpServer}, with the framing facts the server needs: how the body is delimited and whether the connection
 * stays open after the response.
 *
 * @param method the request method, as sent ({@code POST}, {@code GET})
 * @param target the request target ({@code /})
 * @param http10 whether the client speaks HTTP/1.0 (closing after each response unless it asks otherwise)
 * @param headers the request headers
 * @param contentLength the Content-Length, or -1 when there is none
 * @param chunked whether the body is in chunked transfer coding
 */
record RequestHead(String method, String target, boolean http10, Headers headers, long contentLength, boolean chunked) {
    /** The most header lines a request may have. */
    static final int MAX_HEADERS = 200;

    /**
     * Reads the next request head, after its first byte has arrived; null when the connection ends before any line.
     *
     * @throws MalformedRequestException when the head is not HTTP/1.x or exceeds {@code maxBytes} (the message names
     *     the line and the limit)
     */
    static RequestHead read(ConnectionInput input, int maxBytes) throws IOException, MalformedRequestException {
        String requestLine = input.readLine(maxBytes, "The request line");
        if (requestLine == null) {
            return null;
        }
        int firstSpace = requestLine.indexOf(' ');
        int lastSpace = requestLine.lastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace + 1) {
            throw new MalformedRequestException("Malformed HTTP request line: '" + printable(requestLine) + "'");
        }
        String version = requestLine.substring(lastSpace + 1);
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new MalformedRequestException(
                    "Unsupported HTTP version '" + printable(version) + "': this server speaks HTTP/1.1");
        }
        Headers headers = new Headers();
        int budget = maxBytes - requestLine.length();
        for (String line = input.readLine(budget, "The request head");
                ;
                line = input.readLine(budget, "The request head")) {
            if (line == null) {
                throw new MalformedRequestException("The connection closed inside the request head");
            }
            if (line.isEmpty()) {
                break;
            }
            budget -= line.length() + 2;
            if (budget < 0) {
                throw new MalformedRequestException("The request head is longer than " + maxBytes + " bytes");
            }
            if (headers.size() == MAX_HEADERS) {
                throw new MalformedRequestException("The request has more than " + MAX_HEADERS + " header lines");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.charAt(colon - 1) == ' ') {
                throw new MalformedRequestException("Malformed HTTP header line: '" + printable(line) + "'");
            }
            headers.add(line.substring(0, colon), line.substring(colon + 1).trim());
        }
        return new RequestHead(
                requestLine.substring(0, firstSpace),
                requestLine.substring(firstSpace + 1, lastSpace),
                version.equals("HTTP/1.0"),
                headers,
                contentLength(headers),
                chunked(headers));
    }

    /** Whether the client asked for a {@code 100 Continue} before it sends the body. */
    boolean expectsContinue() {
        String expect = headers.getFirst("Expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }

    /** Whether the client lets the connection carry another request after this one's response. */
    boolean keepAlive() {
        String connection = headers.getFirst("Connection");
        if (connection == null) {
            return !http10;
        }
        return http10 ? connection.equalsIgnoreCase("keep-alive") : !connection.equalsIgnoreCase("close");
    }

    private static long contentLength(Headers headers) throws MalformedRequestException {
        String declared = headers.getFirst("Content-Length");
        if (declared == null) {
            return -1;
        }
        if (headers.count("Content-Length") > 1) {
            throw new MalformedRequestException("The request has more than one Content-Length header");
        }
        try {
            long length = Long.parseLong(declared);
            if (length >= 0 && declared.charAt(0) != '+') {
                return length;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new MalformedRequestException("Invalid Content-Length: " + printable(declared));
    }

    private static boolean chunked(Headers headers) throws MalformedRequestException {
        String coding = headers.getFirst("Transfer-Encoding");
        if (coding == null) {
            return false;
        }
        if (!coding.equalsIgnoreCase("chunked") || headers.count("Transfer-Encoding") > 1) {
            throw new MalformedRequestException(
                    "Unsupported Transfer-Encoding '" + printable(coding) + "': this server reads 'chunked' only");
        }
        if (headers.getFirst("Content-Length") != null) {
            throw new MalformedRequestException("The request has both a Content-Length and a Transfer-Encoding");
        }
        return true;
    }

    /** {@code text} cut to 100 characters, control characters and non-ASCII bytes shown as {@code ?}. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder(Math.min(text.length(), 103));
        for (int index = 0; index < text.length() && index < 100; index++) {
            char next = text.charAt(index);
            shown.append(next < 0x20 || next > 0x7e ? '?' : next);
        }
        return text.length() > 100 ? shown.append("...").toString() : shown.toString();
    }
}
