package io.tabletheory.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.List;

/** Builds injectors the strict way: explicit bindings only, no circular proxies, production stage (eager). */
final class StrictInjectors {
    private StrictInjectors() {}

    static Injector create(Module... modules) {
        List<Module> all = new ArrayList<>(List.of(modules));
        all.add(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().requireAtInjectOnConstructors();
                binder().requireExactBindingAnnotations();
                binder().disableCircularProxies();
            }
        });
        return Guice.createInjector(Stage.PRODUCTION, all);
    }
}
