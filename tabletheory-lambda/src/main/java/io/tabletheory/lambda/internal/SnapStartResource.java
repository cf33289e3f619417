package io.tabletheory.lambda.internal;

import org.crac.Context;
import org.crac.Resource;

/**
 * The CRaC resource of a {@code LambdaTableTheory} (Lambda SnapStart runs its hooks): before the checkpoint, prime
 * the request path in process and give back init-only memory; after the restore, renew the backend's credentials
 * and connections. The hooks are plain methods, so tests call them directly.
 */
final class SnapStartResource implements Resource {
    private final LambdaState state;

    SnapStartResource(LambdaState state) {
        this.state = state;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        state.prime();
        state.optimizeForMemory();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        state.renew();
    }
}
