/** The pure data an adapter needs for one attempt on one deployment with one key. */
export function buildAdapterContext(deployment, key, stream) {
    const m = deployment.model;
    return {
        provider: deployment.backend,
        model: deployment.modelId,
        apiBase: deployment.apiBase,
        apiKey: key?.key,
        stream,
        quirks: deployment.quirks,
        capabilities: {
            maxOutputTokens: m.maxOutputTokens,
            contextLength: m.contextLength,
            functionCallAvailable: m.functionCallAvailable,
            responseFormatAvailable: m.responseFormatAvailable,
            nativeMultimodal: m.nativeMultimodal,
        },
        endpointOptions: {
            ...deployment.endpoint.raw,
            region: deployment.endpoint.region,
            api_version: deployment.endpoint.apiVersion,
        },
    };
}
//# sourceMappingURL=build-adapter-context.js.map