// biome-ignore lint/suspicious/noExplicitAny: specs and payloads that tests build, read and edit freely
export type Json = Record<string, any>;
