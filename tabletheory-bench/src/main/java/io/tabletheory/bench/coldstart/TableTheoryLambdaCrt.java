package io.tabletheory.bench.coldstart;

import io.tabletheory.Model;
import io.tabletheory.lambda.LambdaTableTheory;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;

/** {@link TableTheoryLambda} with the AWS CRT HTTP client instead of the default URL-connection client. */
public final class TableTheoryLambdaCrt {
    private TableTheoryLambdaCrt() {}

    public static void main(String[] args) {
        Model<ColdStartItem> items = LambdaTableTheory.builder()
                .httpClient(AwsCrtHttpClient.builder())
                .models(ColdStartItem.class)
                .build()
                .tableTheory()
                .model(ColdStartItem.class);
        items.create(new ColdStartItem(Report.KEY, Report.NAME, Report.COUNT));
        ColdStartItem read = items.where("pk", "=", Report.KEY).first();
        Report.print(read.name(), read.count());
    }
}
