public import TesseraTypes

/// A WebAssembly exception as the host sees it: its tag and payload.
///
/// When an exception escapes a call, `Function.call` throws a `WasmError` of kind `.exception` and the
/// store keeps the exception: `Store.takeCaughtException()` returns it. A host function called from
/// wasm throws an exception into its caller by throwing `Store.error(throwing:)` (or by rethrowing the
/// `.exception` error of a nested call before taking the exception).
public struct Exception {
    /// The exception's tag.
    public let tag: Tag
    /// The values it carries, of the tag's parameter types.
    public let payload: [Value]
    /// The exception as an `exnref` (the store keeps the object as long as it lives).
    public let reference: ExceptionReference
}

extension Store {
    /// The exception that escaped the most recent call that failed with a `.exception` error, once (nil
    /// when there is none, or it was taken already).
    public func takeCaughtException() -> Exception? {
        guard let object = control.uncaught else { return nil }
        control.uncaught = nil
        return exception(object)
    }

    /// The exception an `exnref` refers to (nil if it is not an exception of this store).
    public func exception(_ reference: ExceptionReference) -> Exception? {
        guard control.isLiveException(UInt64(reference.address)),
              let object = ExceptionObject(slot: UInt64(reference.address)) else { return nil }
        return exception(object)
    }

    /// A new exception of `tag` with `payload` (values of the tag's parameter types).
    public func makeException(tag: Tag, payload: [Value]) throws(WasmError) -> Exception {
        guard tag.store === self else { throw WasmError(.trap, "the tag belongs to another store") }
        let type = tag.type
        guard payload.count == type.parameters.count,
              zip(payload, type.parameters).allSatisfy({ $0.matches($1) }) else {
            throw WasmError(.trap, "exception payload does not match the tag's parameter types")
        }
        let slots = FP.allocate(capacity: max(type.parameterSlots, 1))
        defer { slots.deallocate() }
        var next = 0
        for value in payload { next += value.store(to: slots + next) }
        guard let object = control.allocateException(tag: tag.entry, payload: slots) else {
            throw WasmError(.exhaustion, "out of memory: too many live exceptions")
        }
        object.expose()
        return exception(object)
    }

    /// The error a host function throws to throw `exception` into the wasm code that called it (its
    /// handlers see it like an exception thrown by `throw`; uncaught, it escapes as usual).
    public func error(throwing exception: Exception) -> WasmError {
        if let object = ExceptionObject(slot: UInt64(exception.reference.address)),
           control.isLiveException(object.slot) {
            control.uncaught = object
        }
        return WasmError(.exception, "uncaught exception: \(control.info(exception.tag.entry).name)")
    }

    func exception(_ object: ExceptionObject) -> Exception {
        let tag = Tag(store: self, entry: object.tag)
        let payload = Value.load(tag.type.parameters, from: object.payload)
        return Exception(tag: tag, payload: payload, reference: ExceptionReference(address: UInt(object.slot)))
    }
}
