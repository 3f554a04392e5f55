// The raw machine state the interpreter's handlers share. Everything here is reached through unsafe
// pointers passed as handler arguments (DESIGN.md §3): no class properties, globals or Swift arrays on
// the hot path, so the release build keeps every handler-to-handler call a tail jump.

/// Program counter: the first word of an IR instruction (its handler), operands follow.
typealias PC = UnsafePointer<UInt64>
/// Frame pointer: slot 0 of the current function's frame (parameters, locals, header, temporaries).
typealias FP = UnsafeMutablePointer<UInt64>
/// The current instance's memory 0 (a shared empty memory when it has none).
typealias MP = UnsafeMutablePointer<MemoryStorage>
/// The current instance's runtime context.
typealias IP = UnsafeMutablePointer<InstanceContext>

/// The raw forms handlers receive (a C function pointer cannot name Swift struct pointers): `RawMP`
/// points at a `MemoryStorage`, `RawIP` at an `InstanceContext`.
typealias RawMP = UnsafeMutableRawPointer
typealias RawIP = UnsafeMutableRawPointer

extension UnsafeMutableRawPointer {
    @inline(__always) var memory: MP { assumingMemoryBound(to: MemoryStorage.self) }
    @inline(__always) var instance: IP { assumingMemoryBound(to: InstanceContext.self) }
}

extension UnsafeMutablePointer {
    @inline(__always) var raw: UnsafeMutableRawPointer { UnsafeMutableRawPointer(self) }
}

/// An IR handler. In release builds each handler ends by loading the next handler and calling it in
/// tail position (one indirect jump); in debug builds it returns the next pc to `Interpreter.run`'s loop.
/// `nil` means "stop": the outermost frame returned, or a trap was recorded in the store state.
///
/// A C function pointer rather than `@convention(thin)`: Swift 6.3 cannot form thin references to
/// global functions in Swift 6 mode ("nontrivial thin function reference"). The C entry is a one-jump
/// thunk into the Swift handler; the handler's own tail call stays a jump.
typealias Handler = @convention(c) (PC, FP, RawMP, RawIP, UInt64, Double) -> PC?

/// Number of header slots between a frame's locals and its temporaries: return pc, caller frame,
/// caller instance.
let frameHeaderSlots = 3

/// A linear memory's storage. Owned by the store; its address never changes (its `base` does, on grow).
struct MemoryStorage {
    var base: UnsafeMutableRawPointer
    /// Current size in bytes.
    var byteCount: Int
    /// Current size in pages.
    var pages: UInt64
    /// Maximum pages allowed: `ceilingPages` clamped to the store's limit (`StoreLimits`).
    var maxPages: UInt64
    var pageSizeLog2: UInt8
    var is64: Bool
    /// The declared maximum in pages (what import matching compares), nil when there is none.
    var declaredMaximum: UInt64? = nil
    /// Maximum pages besides the store's limit: the declared maximum clamped to the engine limit and
    /// the address space.
    var ceilingPages: UInt64 = 0
}

/// A global's cell: one slot (refs and numbers), shared by everyone that imports it.
typealias GlobalCell = UnsafeMutablePointer<UInt64>

/// A table's storage: an array of reference slots (0 is null).
struct TableStorage {
    var elements: UnsafeMutablePointer<UInt64>
    var count: Int
    var capacity: Int
    /// Maximum elements allowed: `ceiling` clamped to the store's limit (`StoreLimits`).
    var maximum: UInt64
    var elementType: RefTypeCode
    /// The store-wide type id of a concrete element heap type (`ref null $t`), -1 for abstract ones;
    /// import matching compares it.
    var elementTypeID = -1
    /// Maximum elements besides the store's limit: the declared maximum clamped to the index type's
    /// range and `tableElementLimit`.
    var ceiling: UInt64 = 0
}

/// A passive element or data segment of an instance: references (64-bit slots) or bytes. Dropping it
/// (and applying an active one) sets `count` to 0; the storage stays until the store goes.
struct SegmentStorage {
    var base: UnsafeMutableRawPointer?
    /// Elements (references or bytes).
    var count: Int
}

/// What a table may hold, for the runtime checks that need it.
enum RefTypeCode: UInt8 {
    case function, extern, exception, other
}

/// A function of the store: a compiled wasm function or a host function.
struct FunctionEntry {
    /// The IR entry point (nil for host functions).
    var code: PC?
    /// Slots the frame needs: locals, header, temporaries.
    var frameSize: Int
    /// Slots the parameters take (a v128 takes two).
    var parameterCount: Int
    /// Slots the results take.
    var resultCount: Int
    /// Slots of the parameters plus declared locals.
    var localCount: Int
    /// Where the frame header starts: after the locals and after the result slots, which a return
    /// writes before it reads the header.
    var headerSlot: Int
    /// The instance the function belongs to (nil for host functions).
    var instance: IP?
    /// Store-wide canonical type id (equal ids: equal types).
    var typeID: Int
    /// Index into the store's host function table (host functions only).
    var hostIndex: Int
    /// Function index inside its module, for backtraces.
    var moduleFunctionIndex: UInt32
}

typealias FunctionRef = UnsafeMutablePointer<FunctionEntry>

/// The per-instance context handlers read: index spaces as raw arrays.
struct InstanceContext {
    var memory0: MP
    var memories: UnsafeMutablePointer<MP>
    var globals: UnsafeMutablePointer<GlobalCell>
    var functions: UnsafeMutablePointer<FunctionRef>
    var tables: UnsafeMutablePointer<UnsafeMutablePointer<TableStorage>>
    /// Store-wide type id of each module type index (for call_indirect).
    var typeIDs: UnsafeMutablePointer<Int>
    /// The store's shared execution state.
    var state: UnsafeMutablePointer<ExecutionState>
    /// One past the last usable slot of the store's value stack.
    var stackEnd: FP
    /// The instance's index in its store (for `Caller`).
    var index: Int
    /// Element segments as references, for `table.init` (dropped segments are empty).
    var elementSegments: UnsafeMutablePointer<SegmentStorage>? = nil
    /// Data segments' bytes, for `memory.init` (dropped segments are empty).
    var dataSegments: UnsafeMutablePointer<SegmentStorage>? = nil
    /// The tag index space (imports first), for `throw` and `catch` clauses.
    var tags: UnsafeMutablePointer<TagRef>? = nil
    /// The store's interrupt word (`InterruptFlag`), polled by `checkInterrupt`.
    var interrupt: UnsafeMutableRawPointer? = nil
}

/// Why execution stopped early.
enum TrapCode: UInt8 {
    case none = 0
    case unreachable, integerDivideByZero, integerOverflow, invalidConversion, outOfBoundsMemory
    case outOfBoundsTable, undefinedElement, uninitializedElement, indirectCallTypeMismatch
    case nullReference, callStackExhausted, hostError, notSupported, nullFunctionReference
    /// A GC instruction ran: the interpreter does not implement GC (the spec runner skips these, and
    /// only in GC files).
    case gcNotSupported
    /// The store's fuel ran out (an `.exhaustion` error).
    case fuelExhausted
    /// The store's interrupt flag was raised: `Store.interrupt()` or a deadline (an `.exhaustion` error).
    case interrupted

    var message: String {
        switch self {
        case .none: "no trap"
        case .unreachable: "unreachable"
        case .integerDivideByZero: "integer divide by zero"
        case .integerOverflow: "integer overflow"
        case .invalidConversion: "invalid conversion to integer"
        case .outOfBoundsMemory: "out of bounds memory access"
        case .outOfBoundsTable: "out of bounds table access"
        case .undefinedElement: "undefined element"
        case .uninitializedElement: "uninitialized element"
        case .indirectCallTypeMismatch: "indirect call type mismatch"
        case .nullReference: "null reference"
        case .nullFunctionReference: "null function reference"
        case .callStackExhausted: "call stack exhausted"
        case .hostError: "host error"
        case .notSupported: "not yet supported"
        case .gcNotSupported: "gc not supported"
        case .fuelExhausted: "fuel exhausted"
        case .interrupted: "interrupted"
        }
    }
}

/// The store's execution state: trap slot, the debug driver's registers, the host-call bridge.
struct ExecutionState {
    var trap: TrapCode = .none
    /// Always nil: what `stop` returns (see there).
    var haltPC: PC?
    /// The pc of the trapping instruction (for diagnostics).
    var trapPC: PC?
    /// First free slot of the value stack for a (re-)entry from the host.
    var stackTop: FP
    var stackBase: FP
    /// Debug-build driver registers (written by `dispatch` before returning the next pc).
    var fp: FP
    var mp: RawMP
    var ip: RawIP?
    /// Debug-build driver accumulators (Handlers+AccumulatorShapes.swift).
    var acc: UInt64 = 0
    var facc: Double = 0
    /// Host-function bridge: an unretained pointer to the store, set while it runs code.
    var store: UnsafeMutableRawPointer?
    /// Nesting of host → wasm re-entries.
    var entryDepth = 0
    /// Fuel left (`Store.fuel`); compiled code subtracts the cost of the code ahead and stops below zero.
    var fuel: Int64 = 0
}
