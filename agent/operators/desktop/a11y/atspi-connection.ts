/**
 * A connection to the Linux accessibility bus (AT-SPI 2 over D-Bus), through
 * dbus-next's low-level `call` — no proxy objects, because building a proxy
 * introspects the object first, a round trip per node that a tree of
 * thousands of nodes cannot afford. Calls are pipelined: many can be in flight
 * at once on the one socket, which is what makes a whole tree read in tens of
 * milliseconds.
 *
 * The accessibility bus is not the session bus: its address is asked of the
 * `org.a11y.Bus` service on the session bus (at-spi-bus-launcher provides it).
 */
import dbus from 'dbus-next';
import { UserFacingError, errorMessage } from '../../../core/errors.js';

type MessageBus = dbus.MessageBus;
const { Message, Variant, sessionBus } = dbus;

/** An accessible object: the bus name of its application and its object path. */
export interface AccessibleRef {
  bus: string;
  path: string;
}

export interface AtspiConnectionOptions {
  /** The session bus address; default $DBUS_SESSION_BUS_ADDRESS. */
  sessionBusAddress?: string;
  /** The accessibility bus address, when known (skips asking the session bus). */
  accessibilityBusAddress?: string;
  /** Milliseconds one call may take before it fails (a hung application must not hang us). Default 2 000. */
  callTimeoutMs?: number;
  /**
   * Tell applications that an assistive technology is listening
   * (org.a11y.Status.IsEnabled = true), as screen readers do: Qt and Chromium
   * only publish their tree when it is set. Default true.
   */
  announce?: boolean;
}

export const ACCESSIBLE_INTERFACE = 'org.a11y.atspi.Accessible';
export const REGISTRY_ROOT: AccessibleRef = { bus: 'org.a11y.atspi.Registry', path: '/org/a11y/atspi/accessible/root' };

/** An AT-SPI event as it arrived: the application's unique bus name, the object, the event's interface, name and arguments. */
export interface AtspiSignal {
  sender: string;
  path: string;
  interface: string;
  member: string;
  body: unknown[];
}

/** A D-Bus call that did not succeed: the application's error name, or a timeout. */
export class AtspiCallError extends Error {
  constructor(
    message: string,
    /** The D-Bus error name, e.g. org.freedesktop.DBus.Error.UnknownMethod; 'timeout' for a timeout. */
    readonly errorName: string,
  ) {
    super(message);
    this.name = 'AtspiCallError';
  }
}

export class AtspiConnection {
  private closed = false;

  private constructor(
    private readonly bus: MessageBus,
    /** The address of the accessibility bus this connection talks to. */
    readonly address: string,
    private readonly callTimeoutMs: number,
  ) {}

  /**
   * Connect to the accessibility bus of the session.
   * @throws UserFacingError when there is no session bus, no accessibility bus, or it does not answer.
   */
  static async open(options: AtspiConnectionOptions = {}): Promise<AtspiConnection> {
    const callTimeoutMs = options.callTimeoutMs ?? 2_000;
    let address = options.accessibilityBusAddress;
    if (!address) {
      const sessionAddress = options.sessionBusAddress ?? process.env.DBUS_SESSION_BUS_ADDRESS;
      if (!sessionAddress) {
        throw new UserFacingError(
          'no D-Bus session bus: the accessibility reader needs one (DBUS_SESSION_BUS_ADDRESS is not set)',
          'run inside a desktop session, or start one: eval $(dbus-launch --sh-syntax); /usr/libexec/at-spi-bus-launcher --launch-immediately &',
        );
      }
      const session = sessionBus({ busAddress: sessionAddress });
      try {
        const reply = await withTimeout(
          session.call(new Message({ destination: 'org.a11y.Bus', path: '/org/a11y/bus', interface: 'org.a11y.Bus', member: 'GetAddress' })),
          callTimeoutMs,
          'asking the session bus for the accessibility bus',
        );
        address = String(reply?.body[0] ?? '');
        if (options.announce !== false) {
          // Best effort: an older launcher without org.a11y.Status still serves the bus.
          await withTimeout(
            session.call(
              new Message({
                destination: 'org.a11y.Bus',
                path: '/org/a11y/bus',
                interface: 'org.freedesktop.DBus.Properties',
                member: 'Set',
                signature: 'ssv',
                body: ['org.a11y.Status', 'IsEnabled', new Variant('b', true)],
              }),
            ),
            callTimeoutMs,
            'announcing an assistive technology',
          ).catch(() => undefined);
        }
      } catch (error) {
        throw new UserFacingError(
          `no accessibility bus on the session bus (${errorMessage(error)})`,
          'install at-spi2-core and start /usr/libexec/at-spi-bus-launcher --launch-immediately in the session',
        );
      } finally {
        session.disconnect();
      }
      if (!address) throw new UserFacingError('the session bus named no accessibility bus address', 'restart at-spi-bus-launcher');
    }
    const bus = sessionBus({ busAddress: address });
    const connection = new AtspiConnection(bus, address, callTimeoutMs);
    // A broken socket must surface as failed calls, not as an unhandled 'error' event that ends the process.
    bus.on('error', () => undefined);
    try {
      await connection.call(REGISTRY_ROOT, ACCESSIBLE_INTERFACE, 'GetChildren');
    } catch (error) {
      connection.close();
      throw new UserFacingError(
        `the accessibility bus at ${address} does not answer (${errorMessage(error)})`,
        'check that at-spi-bus-launcher and at-spi2-registryd are running in this session',
      );
    }
    return connection;
  }

  /**
   * Call a method of an accessible object; resolves with the reply's body.
   * @throws AtspiCallError when the application answers with an error or not in time.
   */
  async call(target: AccessibleRef, iface: string, member: string, signature?: string, body?: unknown[]): Promise<unknown[]> {
    if (this.closed) throw new AtspiCallError('the accessibility connection is closed', 'closed');
    const message = new Message({ destination: target.bus, path: target.path, interface: iface, member, ...(signature ? { signature, body } : {}) });
    try {
      const reply = await withTimeout(this.bus.call(message), this.callTimeoutMs, `${iface.split('.').pop()}.${member} on ${target.bus}${target.path}`);
      return reply?.body ?? [];
    } catch (error) {
      if (error instanceof AtspiCallError) throw error;
      const name = (error as { type?: string }).type ?? 'error';
      throw new AtspiCallError(errorMessage(error), name);
    }
  }

  /** One property of an interface (org.freedesktop.DBus.Properties.Get), unwrapped from its variant. */
  async property(target: AccessibleRef, iface: string, name: string): Promise<unknown> {
    const [variant] = await this.call(target, 'org.freedesktop.DBus.Properties', 'Get', 'ss', [iface, name]);
    return (variant as { value?: unknown } | undefined)?.value;
  }

  /** All properties of an interface, unwrapped. */
  async properties(target: AccessibleRef, iface: string): Promise<Record<string, unknown>> {
    const [map] = await this.call(target, 'org.freedesktop.DBus.Properties', 'GetAll', 's', [iface]);
    const result: Record<string, unknown> = {};
    for (const [key, variant] of Object.entries((map ?? {}) as Record<string, { value: unknown }>)) result[key] = variant.value;
    return result;
  }

  /**
   * Hear AT-SPI events: ask the bus for the signals matching `rules`, then ask
   * the registry for `events` (applications emit only what some listener
   * registered for). Returns the function that stops listening.
   */
  async listen(rules: readonly string[], events: readonly string[], listener: (signal: AtspiSignal) => void): Promise<() => void> {
    const onMessage = (message: dbus.Message) => {
      if (message.type !== dbus.MessageType.SIGNAL || !message.sender || !message.path) return;
      listener({ sender: message.sender, path: message.path, interface: message.interface ?? '', member: message.member ?? '', body: message.body ?? [] });
    };
    this.bus.on('message', onMessage);
    try {
      for (const rule of rules) {
        await withTimeout(
          this.bus.call(new Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'AddMatch', signature: 's', body: [rule] })),
          this.callTimeoutMs,
          'AddMatch',
        );
      }
      for (const event of events) {
        await this.call({ bus: 'org.a11y.atspi.Registry', path: '/org/a11y/atspi/registry' }, 'org.a11y.atspi.Registry', 'RegisterEvent', 'sass', [event, [], '']);
      }
    } catch (error) {
      this.bus.removeListener('message', onMessage);
      throw error;
    }
    return () => this.bus.removeListener('message', onMessage);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.bus.disconnect();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AtspiCallError(`${what} took longer than ${ms} ms`, 'timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
