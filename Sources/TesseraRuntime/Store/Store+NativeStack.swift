import TesseraTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Wasm-to-wasm calls never grow the native stack (the interpreter keeps frames on the store's value
// stack), but a host function that calls back into wasm does: every host → wasm → host nesting adds a
// few native frames. Two bounds keep a guest from overflowing the host's stack that way: the depth
// (`EngineConfiguration.maxHostReentryDepth`) and the native stack actually left on the calling thread,
// which must stay above `EngineConfiguration.nativeStackReserve`. The outermost call checks neither
// (it has the whole thread's stack); only re-entries pay for the check: one thread-specific load and a
// compare once the thread's stack bounds are known.

extension Store {
    /// Throws `.exhaustion` when a host function may not re-enter wasm here (too deep, or too little
    /// native stack left on this thread).
    func checkReentry() throws(WasmError) {
        let depth = state.pointee.entryDepth
        guard depth < engine.configuration.maxHostReentryDepth else {
            throw WasmError(.exhaustion, "call stack exhausted")
        }
        if depth > 0, NativeStack.remaining() < engine.configuration.nativeStackReserve {
            throw WasmError(.exhaustion, "call stack exhausted (native stack)")
        }
    }
}

/// The calling thread's native stack.
enum NativeStack {
    /// Bytes between the current stack position and the lowest usable address of this thread's stack
    /// (`Int.max` when the bounds are unknown).
    static func remaining() -> Int {
        let low = lowestAddress()
        guard low > 1 else { return Int.max }
        let here = currentPosition()
        return here > low ? Int(here - low) : 0
    }

    /// An address inside the current native frame.
    @inline(never)
    static func currentPosition() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// The lowest address of this thread's stack (0 or 1 when unknown), computed once per thread and
    /// kept in a thread-specific slot.
    static func lowestAddress() -> UInt {
        if let cached = pthread_getspecific(stackLowKey) { return UInt(bitPattern: cached) }
        let low = queryLowestAddress()
        // The value itself is stored as the pointer (never dereferenced); 1 stands for "unknown".
        pthread_setspecific(stackLowKey, UnsafeRawPointer(bitPattern: low == 0 ? 1 : low))
        return low
    }

    static func queryLowestAddress() -> UInt {
        #if canImport(Darwin)
        let thread = pthread_self()
        let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
        let size = UInt(pthread_get_stacksize_np(thread))
        return top > size ? top - size : 0
        #else
        // glibc and musl have `pthread_getattr_np`, but the Swift module does not declare it (it needs
        // _GNU_SOURCE): look it up by name.
        typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
        guard let symbol = dlsym(nil, "pthread_getattr_np") else { return 0 }
        let getAttributes = unsafeBitCast(symbol, to: GetAttributes.self)
        var attributes = pthread_attr_t()
        guard getAttributes(pthread_self(), &attributes) == 0 else { return 0 }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return 0 }
        var guardSize = 0
        pthread_attr_getguardsize(&attributes, &guardSize)
        return UInt(bitPattern: address) + UInt(guardSize)
        #endif
    }
}

/// The thread-specific slot holding each thread's lowest stack address (no destructor: nothing to free).
private let stackLowKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()
