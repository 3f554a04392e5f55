/// The phase a WebAssembly error belongs to, matching the assertion kinds of the spec tests.
public enum WasmErrorKind: String, Hashable, Sendable {
    /// The bytes (or text) are not a well-formed module.
    case malformed
    /// The module is well-formed but does not type-check.
    case invalid
    /// Instantiation failed to resolve or match an import.
    case unlinkable
    /// Execution trapped.
    case trap
    /// A resource ran out: call stack, fuel, deadline, memory.
    case exhaustion
    /// A WebAssembly exception was thrown and not caught before it reached the host.
    case exception
}

/// An error from decoding, validating, linking or running WebAssembly.
///
/// A struct rather than an enum so that new kinds can be added without breaking users.
public struct WasmError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The phase the error belongs to.
    public var kind: WasmErrorKind
    /// A message in the words of the spec's reference interpreter where one exists (e.g. "unexpected end").
    public var message: String
    /// Byte offset in the binary (or in the text, for text-format errors), when known.
    public var offset: Int?
    /// The function index the error was found in, when it is inside a function body.
    public var functionIndex: UInt32?
    /// For errors raised while running code (traps, uncaught exceptions, exhaustion): the wasm call
    /// stack at that moment, innermost frame first. Nil when unknown or not applicable.
    public var backtrace: WasmBacktrace?

    /// Creates an error of `kind`.
    public init(_ kind: WasmErrorKind, _ message: String, offset: Int? = nil, functionIndex: UInt32? = nil) {
        self.kind = kind
        self.message = message
        self.offset = offset
        self.functionIndex = functionIndex
    }

    /// A `malformed` error: the bytes or text are not well-formed.
    public static func malformed(_ message: String, offset: Int? = nil) -> WasmError {
        WasmError(.malformed, message, offset: offset)
    }

    /// An `invalid` error: the module is well-formed but does not validate.
    public static func invalid(_ message: String, offset: Int? = nil, functionIndex: UInt32? = nil) -> WasmError {
        WasmError(.invalid, message, offset: offset, functionIndex: functionIndex)
    }

    /// The kind, message, function index and hexadecimal offset, for display.
    public var description: String {
        var s = "\(kind): \(message)"
        if let functionIndex { s += " (in function \(functionIndex))" }
        if let offset { s += " at offset 0x\(String(offset, radix: 16))" }
        if let backtrace, !backtrace.frames.isEmpty { s += "\n" + backtrace.description }
        return s
    }
}

/// The wasm frames active when an error was raised while running code, innermost first.
public struct WasmBacktrace: Hashable, Sendable, CustomStringConvertible {
    /// One wasm function activation.
    public struct Frame: Hashable, Sendable, CustomStringConvertible {
        /// The function's index in its module's function index space (imports first).
        public var functionIndex: UInt32
        /// The function's name from the module's name section, if it has one.
        public var functionName: String?
        /// The name of the function's module from the name section, if it has one.
        public var moduleName: String?
        /// Byte offset in the module binary of the instruction executing in this frame: the trapping
        /// (or throwing) instruction in the innermost frame, the call site in the others.
        public var offset: Int?

        /// Creates a frame.
        public init(functionIndex: UInt32, functionName: String? = nil, moduleName: String? = nil, offset: Int? = nil) {
            self.functionIndex = functionIndex
            self.functionName = functionName
            self.moduleName = moduleName
            self.offset = offset
        }

        /// `module!name (function N) at offset 0x…`, leaving out what is unknown.
        public var description: String {
            var s = ""
            if let moduleName { s += moduleName + "!" }
            s += functionName.map { "\($0) (function \(functionIndex))" } ?? "function \(functionIndex)"
            if let offset { s += " at offset 0x\(String(offset, radix: 16))" }
            return s
        }
    }

    /// The frames, innermost first.
    public var frames: [Frame]

    /// Creates a backtrace from frames, innermost first.
    public init(frames: [Frame]) {
        self.frames = frames
    }

    /// One numbered line per frame, innermost first.
    public var description: String {
        frames.enumerated().map { "  \($0.offset): \($0.element)" }.joined(separator: "\n")
    }
}
