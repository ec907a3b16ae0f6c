export function geminiModelFamily(model) {
    const id = model.toLowerCase();
    const match = /gemini-(\d+)(?:[.-]|$)/.exec(id);
    return { gemini: id.includes('gemini'), legacy: match !== null && Number(match[1]) < 3 };
}
//# sourceMappingURL=gemini-model-family.js.map