package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's table ARNs: {@code arn:aws:dynamodb:us-east-1:123456789012:table/<name>}, one account (the AWS
 * documentation's example account, so that ARNs of DynamoDB Local's {@code 000000000000} are recognisably foreign)
 * and region {@code us-east-1} (the server rewrites it to the region each client signs for). The tagging operations
 * accept a table ARN of any region, since one emulator serves every region; another account is denied, as DynamoDB
 * denies it.
 */
public final class TableArns {
    /** The emulator's account. */
    public static final String ACCOUNT = "123456789012";

    /** The region the emulator's own descriptions name. */
    public static final String REGION = "us-east-1";

    private static final Pattern TABLE_ARN = Pattern.compile("arn:aws:dynamodb:([^:]+):(\\d+):table/([^/]{3,})");

    private TableArns() {}

    /** The ARN of table {@code tableName}. */
    public static String of(String tableName) {
        return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + tableName;
    }

    /**
     * The table a tagging operation's ARN names.
     *
     * @param operation the operation's name, for the access-denied message
     * @throws ValidationException "Invalid TableArn: ..." when {@code arn} is not a table ARN (an index or stream ARN
     *     is not one)
     * @throws BackendException {@code AccessDeniedException} when the ARN names another account
     */
    public static String tableName(String arn, String operation) {
        Matcher matcher = TABLE_ARN.matcher(arn);
        if (!matcher.matches()) {
            throw new ValidationException("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        if (!matcher.group(2).equals(ACCOUNT)) {
            throw new BackendException(
                    "AccessDeniedException",
                    "User: arn:aws:iam::" + ACCOUNT + ":root is not authorized to perform: dynamodb:" + operation
                            + " on resource: " + arn + " because no resource-based policy allows the dynamodb:"
                            + operation + " action",
                    null);
        }
        return matcher.group(3);
    }
}
