package io.tabletheory.bench.coldstart;

import io.tabletheory.Model;
import io.tabletheory.lambda.LambdaTableTheory;

/** TableTheory as the README's Lambda section writes it: {@code LambdaTableTheory.init}, then create and read. */
public final class TableTheoryLambda {
    private TableTheoryLambda() {}

    public static void main(String[] args) {
        Model<ColdStartItem> items =
                LambdaTableTheory.init(ColdStartItem.class).tableTheory().model(ColdStartItem.class);
        items.create(new ColdStartItem(Report.KEY, Report.NAME, Report.COUNT));
        ColdStartItem read = items.where("pk", "=", Report.KEY).first();
        Report.print(read.name(), read.count());
    }
}
