/**
 * A local GGUF model through node-llama-cpp (3.21.x). When a call carries a
 * JSON schema, generation is constrained by node-llama-cpp's JSON-schema
 * grammar, so a small local model cannot break the answer's shape. Calls are
 * serialised: one context sequence, one generation at a time.
 *
 * Threads: node-llama-cpp's default thread count is hundreds of times slower
 * on a small shared CPU than a single thread; `threads` defaults to 1.
 */
import { existsSync, statSync } from 'node:fs';
import type { ChatMessage, ChatOptions, ChatResult, LanguageModel } from '../../core/language-model.js';
import { UserFacingError } from '../../core/errors.js';
import { countTokens } from '../../core/tokens.js';

type NodeLlamaCpp = typeof import('node-llama-cpp');
type Llama = Awaited<ReturnType<NodeLlamaCpp['getLlama']>>;
type LlamaModelInstance = Awaited<ReturnType<Llama['loadModel']>>;
type LlamaContextInstance = Awaited<ReturnType<LlamaModelInstance['createContext']>>;
type LlamaChatInstance = InstanceType<NodeLlamaCpp['LlamaChat']>;
type ChatHistoryItem = Parameters<LlamaChatInstance['generateResponse']>[0][number];
type GrammarSchema = Parameters<Llama['createGrammarForJsonSchema']>[0];
type Grammar = Awaited<ReturnType<Llama['createGrammarForJsonSchema']>>;

export interface LlamaCppModelOptions {
  /** Path of the .gguf file. */
  modelPath: string;
  /** Context size in tokens; default the smaller of 4,096 and what the file declares. */
  contextTokens?: number;
  /** CPU threads. Default 1. */
  threads?: number;
  /** Use a GPU if one is found. Default false. */
  gpu?: boolean;
  /** Random seed for sampling when temperature > 0. */
  seed?: number;
}

interface Loaded {
  llama: Llama;
  model: LlamaModelInstance;
  context: LlamaContextInstance;
  chat: LlamaChatInstance;
  grammars: Map<string, Grammar>;
}

export class LlamaCppModel implements LanguageModel {
  readonly id: string;
  readonly remote = false;
  contextTokens: number;
  private loading: Promise<Loaded> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: LlamaCppModelOptions) {
    if (!existsSync(options.modelPath) || !statSync(options.modelPath).isFile()) {
      throw new UserFacingError(`no GGUF model file at ${options.modelPath}`, 'give the path of a .gguf file, e.g. UNDERSTUDY_MODEL=gguf:/models/qwen2.5-3b-instruct-q4_k_m.gguf');
    }
    this.id = `gguf:${options.modelPath}`;
    this.contextTokens = options.contextTokens ?? 4096;
  }

  /** Load the model now instead of at the first call (e.g. to report errors early). */
  async load(): Promise<void> {
    await this.ensureLoaded();
  }

  private ensureLoaded(): Promise<Loaded> {
    this.loading ??= (async () => {
      const { getLlama, LlamaChat, LlamaLogLevel } = await import('node-llama-cpp');
      const llama = await getLlama({
        gpu: this.options.gpu ? 'auto' : false,
        maxThreads: this.options.threads ?? 1,
        build: 'never',
        logLevel: LlamaLogLevel.error,
        // Keep llama.cpp's own chatter off stdout; our events report progress.
        logger: () => undefined,
      });
      let model: LlamaModelInstance;
      try {
        model = await llama.loadModel({ modelPath: this.options.modelPath, gpuLayers: this.options.gpu ? 'auto' : 0 });
      } catch (error) {
        await llama.dispose();
        throw new UserFacingError(`could not load the GGUF model ${this.options.modelPath}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const declared = model.trainContextSize;
      const contextSize = Math.min(this.options.contextTokens ?? 4096, declared > 0 ? declared : 4096);
      let context: LlamaContextInstance | undefined;
      try {
        context = await model.createContext({ contextSize, threads: this.options.threads ?? 1 });
        const chat = new LlamaChat({ contextSequence: context.getSequence() });
        this.contextTokens = contextSize;
        return { llama, model, context, chat, grammars: new Map() };
      } catch (error) {
        // Nothing else holds these yet: free the native memory before reporting.
        await context?.dispose().catch(() => undefined);
        await model.dispose().catch(() => undefined);
        await llama.dispose().catch(() => undefined);
        throw new UserFacingError(
          `could not create a ${contextSize}-token context for ${this.options.modelPath}: ${error instanceof Error ? error.message : String(error)}`,
          'try a smaller contextTokens in the llamaCpp config',
        );
      }
    })();
    return this.loading;
  }

  chat(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<ChatResult> {
    if (this.closed) return Promise.reject(new Error(`${this.id}: the model was closed`));
    // One generation at a time on the single context sequence.
    const run = this.queue.then(() => this.generate(messages, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async generate(messages: readonly ChatMessage[], options: ChatOptions): Promise<ChatResult> {
    options.signal?.throwIfAborted();
    const started = performance.now();
    const loaded = await this.ensureLoaded();
    const history: ChatHistoryItem[] = messages.map((message): ChatHistoryItem => {
      if (message.role === 'system') return { type: 'system', text: message.content };
      if (message.role === 'user') return { type: 'user', text: message.content };
      return { type: 'model', response: [message.content] };
    });
    history.push({ type: 'model', response: [] });
    let grammar: Grammar | undefined;
    if (options.jsonSchema) {
      const key = JSON.stringify(options.jsonSchema);
      grammar = loaded.grammars.get(key);
      if (!grammar) {
        grammar = await loaded.llama.createGrammarForJsonSchema(options.jsonSchema as GrammarSchema);
        loaded.grammars.set(key, grammar);
      }
    }
    const promptTokens = loaded.model.tokenize(messages.map((message) => message.content).join('\n')).length;
    const response = await loaded.chat.generateResponse(history, {
      maxTokens: options.maxTokens ?? 512,
      temperature: options.temperature ?? 0,
      ...(this.options.seed !== undefined ? { seed: this.options.seed } : {}),
      signal: options.signal,
      ...(grammar ? { grammar } : {}),
      ...(options.stop && options.stop.length > 0 ? { customStopTriggers: options.stop } : {}),
    });
    const text = response.response;
    return {
      text,
      usage: { promptTokens, completionTokens: loaded.model.tokenize(text).length || countTokens(text) },
      latencyMs: performance.now() - started,
      model: this.id,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const loading = this.loading;
    if (!loading) return;
    await this.queue;
    const loaded = await loading.catch(() => undefined);
    if (!loaded) return;
    loaded.chat.dispose();
    await loaded.context.dispose();
    await loaded.model.dispose();
    await loaded.llama.dispose();
  }
}
