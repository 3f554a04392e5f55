public import TesseraTypes

/// One call of a raw host function (`HostFunction(type:raw:)`): the argument and result slots, and a
/// cheap view of the caller. Valid only during the call; do not keep it.
///
/// Slots are 64-bit words. Arguments lie in order from slot 0: i32 and f32 zero-extended (floats as
/// bit patterns), i64 and f64 as is, references as their slot word, a v128 in two slots (low, high).
/// The body writes its results the same way from slot 0, after it has read the arguments it needs.
public struct HostCall {
    /// The call's slots (see `HostCall`): at least as many as the larger of the parameters and results.
    public let slots: UnsafeMutablePointer<UInt64>
    let storeReference: Unmanaged<Store>
    /// The calling instance's context (nil when the host called the function directly).
    let context: IP?

    init(slots: UnsafeMutablePointer<UInt64>, store: Store, context: IP?) {
        self.slots = slots
        self.storeReference = .passUnretained(store)
        self.context = context
    }

    /// The store the call runs in.
    public var store: Store { storeReference.takeUnretainedValue() }

    /// The calling instance and the store, as the `[Value]` form of host functions sees them (made on
    /// demand: reaching exports and other memories costs more than the slots and `memory`).
    public var caller: Caller { Caller(store: store, instance: context.flatMap(store.callerInstance)) }

    // MARK: Arguments

    /// The i32 argument in `slot`.
    @inline(__always) public func i32(_ slot: Int) -> Int32 { Int32(truncatingIfNeeded: slots[slot]) }
    /// The i32 argument in `slot`, unsigned.
    @inline(__always) public func u32(_ slot: Int) -> UInt32 { UInt32(truncatingIfNeeded: slots[slot]) }
    /// The i64 argument in `slot`.
    @inline(__always) public func i64(_ slot: Int) -> Int64 { Int64(bitPattern: slots[slot]) }
    /// The i64 argument in `slot`, unsigned.
    @inline(__always) public func u64(_ slot: Int) -> UInt64 { slots[slot] }
    /// The f32 argument in `slot`.
    @inline(__always) public func f32(_ slot: Int) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: slots[slot])) }
    /// The f64 argument in `slot`.
    @inline(__always) public func f64(_ slot: Int) -> Double { Double(bitPattern: slots[slot]) }
    /// The v128 argument in slots `slot` and `slot + 1`.
    @inline(__always) public func v128(_ slot: Int) -> V128 { V128(low: slots[slot], high: slots[slot + 1]) }

    // MARK: Results

    /// Writes an i32 result to `slot`.
    @inline(__always) public func setI32(_ slot: Int, _ value: Int32) { slots[slot] = UInt64(UInt32(bitPattern: value)) }
    /// Writes an i32 result to `slot`, given unsigned.
    @inline(__always) public func setU32(_ slot: Int, _ value: UInt32) { slots[slot] = UInt64(value) }
    /// Writes an i64 result to `slot`.
    @inline(__always) public func setI64(_ slot: Int, _ value: Int64) { slots[slot] = UInt64(bitPattern: value) }
    /// Writes an i64 result to `slot`, given unsigned.
    @inline(__always) public func setU64(_ slot: Int, _ value: UInt64) { slots[slot] = value }
    /// Writes an f32 result to `slot`.
    @inline(__always) public func setF32(_ slot: Int, _ value: Float) { slots[slot] = UInt64(value.bitPattern) }
    /// Writes an f64 result to `slot`.
    @inline(__always) public func setF64(_ slot: Int, _ value: Double) { slots[slot] = value.bitPattern }
    /// Writes a v128 result to slots `slot` and `slot + 1`.
    @inline(__always) public func setV128(_ slot: Int, _ value: V128) {
        slots[slot] = value.low
        slots[slot + 1] = value.high
    }

    // MARK: Memory

    /// The bytes of the calling instance's memory 0 (empty when it has none, or when the host called the
    /// function directly). Valid until the memory grows: fetch it again after calling back into wasm.
    public var memory: UnsafeMutableRawBufferPointer {
        guard let context else { return UnsafeMutableRawBufferPointer(start: nil, count: 0) }
        let storage = context.pointee.memory0
        return UnsafeMutableRawBufferPointer(start: storage.pointee.base, count: storage.pointee.byteCount)
    }

    /// `count` bytes of the calling instance's memory 0 from `address`; throws a trap ("out of bounds
    /// memory access") when they are not all inside it. Valid until the memory grows.
    public func memory(at address: UInt64, count: Int) throws(WasmError) -> UnsafeMutableRawBufferPointer {
        let bytes = memory
        guard count >= 0, address <= UInt64(bytes.count), UInt64(count) <= UInt64(bytes.count) - address,
              let base = bytes.baseAddress else {
            if count == 0, address <= UInt64(bytes.count) { return UnsafeMutableRawBufferPointer(start: nil, count: 0) }
            throw WasmError(.trap, "out of bounds memory access")
        }
        return UnsafeMutableRawBufferPointer(start: base + Int(address), count: count)
    }
}

extension Store {
    /// The `Instance` of a calling instance's context.
    func callerInstance(_ context: IP) -> Instance? {
        Instance(store: self, index: context.pointee.index)
    }
}

// MARK: - The host-call path

/// A host function's body and the slots its call occupies, as the store's raw table holds them.
final class HostBody {
    let raw: (HostCall) throws -> Void
    let slotCount: Int

    init(raw: @escaping (HostCall) throws -> Void, slotCount: Int) {
        self.raw = raw
        self.slotCount = slotCount
    }
}

/// The store's host function bodies by `FunctionEntry.hostIndex`: retained references in a raw array,
/// so that a call reads its body without exclusivity checks and calls it without retaining it.
struct HostTable {
    private(set) var entries = UnsafeMutablePointer<Unmanaged<HostBody>>.allocate(capacity: 8)
    private(set) var count = 0
    private var capacity = 8

    /// Adds `body` at index `count` (moving the entries when full: a body running meanwhile stays
    /// retained by its entry).
    mutating func append(_ body: HostBody) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Unmanaged<HostBody>>.allocate(capacity: 2 * capacity)
            larger.moveInitialize(from: entries, count: count)
            entries.deallocate()
            entries = larger
            capacity *= 2
        }
        (entries + count).initialize(to: .passRetained(body))
        count += 1
    }

    /// Releases every body and frees the entries (the store's deinit).
    func deallocate() {
        for i in 0..<count { entries[i].release() }
        entries.deallocate()
    }
}

/// Runs host function `f` called from wasm with its arguments at `args` (results go there too); the
/// value stack above its slots is free for re-entries. False when it threw: the error is then pending
/// in the store and the state's trap is `.hostError`. Inlined into the call handlers' out-of-line host
/// paths (`callHost`, `returnCallHost`).
@inline(__always)
func callHostFunction(_ f: FunctionRef, _ args: FP, _ callerIP: IP) -> Bool {
    let state = callerIP.pointee.state
    guard let running = state.pointee.store else { return false }
    return Unmanaged<Store>.fromOpaque(running)._withUnsafeGuaranteedRef { store in
        store.hostTable.pointee.entries[f.pointee.hostIndex]._withUnsafeGuaranteedRef { body in
            let savedTop = state.pointee.stackTop
            state.pointee.stackTop = args + body.slotCount
            defer { state.pointee.stackTop = savedTop }
            do {
                try body.raw(HostCall(slots: args, store: store, context: callerIP))
                return true
            } catch {
                store.pendingError = error
                state.pointee.trap = .hostError
                return false
            }
        }
    }
}
