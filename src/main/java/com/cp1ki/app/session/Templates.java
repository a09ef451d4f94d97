package com.cp1ki.app.session;

import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.SelfHostedGpu;

import java.util.function.Supplier;

/**
 * What a new stack starts from: the app takes the first model and GPU instance of the bundled
 * price catalog (with their sources and dates); tests pass their own.
 */
public record Templates(Supplier<ManagedApi> api, Supplier<SelfHostedGpu> gpu) {
}
