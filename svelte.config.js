// Runes mode everywhere: no legacy reactivity in this codebase.
export default { compilerOptions: { runes: true } };
