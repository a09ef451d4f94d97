package com.cp1ki.engine.model;

/** How a stack serves requests: a managed API priced per token, or self-hosted GPUs. */
public sealed interface Serving permits ManagedApi, SelfHostedGpu {
}
