package io.tabletheory.examples;

import java.util.List;
import java.util.Optional;

/**
 * The demo's command line: nothing (in-memory), or {@code --endpoint URL} with {@code --region R}.
 *
 * @param endpoint the DynamoDB endpoint, when not in memory
 * @param region the AWS region for the endpoint
 */
record DemoOptions(Optional<String> endpoint, String region) {
    static final String USAGE = "usage: Demo [--endpoint URL --region REGION]   (no arguments: in-memory emulator)";

    static DemoOptions parse(List<String> args) {
        String endpoint = null;
        String region = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--endpoint" -> endpoint = value(args, ++i, arg);
                case "--region" -> region = value(args, ++i, arg);
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (endpoint != null && region == null) {
            throw new IllegalArgumentException("--endpoint needs --region too (any region for a local endpoint)");
        }
        if (endpoint == null && region != null) {
            throw new IllegalArgumentException("--region needs --endpoint");
        }
        return new DemoOptions(Optional.ofNullable(endpoint), region == null ? "" : region);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
