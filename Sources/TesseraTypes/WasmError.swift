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
        return s
    }
}
