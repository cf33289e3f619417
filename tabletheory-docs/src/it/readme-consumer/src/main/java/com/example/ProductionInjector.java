package com.example;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tabletheory.TableTheory;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.guice.AwsStoreModule;
import io.tabletheory.guice.TableTheoryModule;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The README's production injector ("Guice"): TableTheory over the AWS SDK. */
public final class ProductionInjector {
    private ProductionInjector() {}

    public static TableTheory tableTheory(DynamoDbClient dynamoDbClient) {
        // tag::guice-production[]
        // production
        Injector injector = Guice.createInjector(
                new TableTheoryModule(), new AwsStoreModule(AwsDynamoStore.create(dynamoDbClient)));
        TableTheory db = injector.getInstance(TableTheory.class);
        // end::guice-production[]
        return db;
    }
}
