/**
 * The SDK's public surface (`learnflow/sdk`). Hosts create one runtime; elements find it through
 * `learnContext`. Types live in types.ts.
 */
export { createLearn } from './runtime.js';
export { httpBackend } from './backends/http.js';
export type { HttpBackendOptions } from './backends/http.js';
export { staticBackend } from './backends/static.js';
export type { StaticBackendOptions } from './backends/static.js';
export { memoryBackend } from './backends/memory.js';
export type { MemoryBackend, MemoryBackendOptions, MemoryContent } from './backends/memory.js';
export { learnContext, ensureContextRoot } from './context.js';
export { BackendError } from './types.js';
export type * from './types.js';
