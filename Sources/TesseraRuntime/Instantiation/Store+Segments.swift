import TesseraTypes
import TesseraBinary

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Element and data segments of an instance. Each instance has one `SegmentStorage` per segment
// (`InstanceContext.elementSegments` / `.dataSegments`) for `table.init` / `memory.init`: passive
// segments hold their references or bytes; active and declarative ones are dropped by instantiation
// and hold nothing. Only when instantiation traps part-way do the active segments it did not reach
// keep their contents (the spec drops each one only after applying it).

extension Store {
    /// The references of every element segment, evaluated in order.
    func evaluateElements(_ wasm: WasmModule, _ evaluator: ConstantEvaluator) throws(WasmError) -> [[UInt64]] {
        var result: [[UInt64]] = []
        result.reserveCapacity(wasm.elements.count)
        for segment in wasm.elements {
            switch segment.items {
            case .functions(let indices):
                result.append(indices.map { UInt64(UInt(bitPattern: evaluator.functions[Int($0)])) })
            case .expressions(let expressions):
                var values: [UInt64] = []
                values.reserveCapacity(expressions.count)
                for e in expressions { values.append(try evaluator.evaluate(e)) }
                result.append(values)
            }
        }
        return result
    }

    /// `count` empty segment descriptors, freed with the store.
    func allocateSegments(_ count: Int) -> UnsafeMutablePointer<SegmentStorage> {
        let raw = malloc(max(count, 1) * MemoryLayout<SegmentStorage>.stride)!
        segmentBuffers.append(raw)
        let segments = raw.bindMemory(to: SegmentStorage.self, capacity: max(count, 1))
        segments.initialize(repeating: SegmentStorage(base: nil, count: 0), count: max(count, 1))
        return segments
    }

    /// Copies `bytes` into storage owned by the store.
    func segmentStorage(_ bytes: UnsafeRawBufferPointer) -> SegmentStorage {
        guard bytes.count > 0, let source = bytes.baseAddress, let copy = malloc(bytes.count) else {
            return SegmentStorage(base: nil, count: 0)
        }
        copy.copyMemory(from: source, byteCount: bytes.count)
        segmentBuffers.append(copy)
        return SegmentStorage(base: copy, count: bytes.count)
    }

    func storeElementSegment(_ items: [UInt64], at index: Int, in context: IP) {
        var storage = items.withUnsafeBytes { segmentStorage($0) }
        storage.count = items.count
        context.pointee.elementSegments.unsafelyUnwrapped[index] = storage
    }

    func storeDataSegment(_ bytes: [UInt8], at index: Int, in context: IP) {
        context.pointee.dataSegments.unsafelyUnwrapped[index] = bytes.withUnsafeBytes { segmentStorage($0) }
    }

    func storePassiveSegments(_ wasm: WasmModule, elementItems: [[UInt64]], context: IP) {
        for (i, segment) in wasm.elements.enumerated() where segment.mode == .passive {
            storeElementSegment(elementItems[i], at: i, in: context)
        }
        for (i, segment) in wasm.data.enumerated() where segment.mode == .passive {
            storeDataSegment(segment.bytes, at: i, in: context)
        }
    }

    /// Applies the active element segments, then the active data segments, in order, as `table.init` /
    /// `memory.init` followed by a drop. An out-of-bounds segment traps before writing anything; the
    /// active segments not reached then keep their contents.
    func applySegments(_ wasm: WasmModule, elementItems: [[UInt64]], evaluator: ConstantEvaluator,
                       context: IP) throws(WasmError) {
        var elementsDone = 0, dataDone = 0
        do throws(WasmError) {
            for (i, segment) in wasm.elements.enumerated() {
                elementsDone = i
                guard case .active(let tableIndex, let offsetExpression) = segment.mode else { continue }
                let offset = try evaluator.evaluate(offsetExpression)
                let table = context.pointee.tables[Int(tableIndex)]
                let items = elementItems[i]
                guard inBounds(offset, UInt64(items.count), table.pointee.count) else {
                    throw WasmError(.trap, TrapCode.outOfBoundsTable.message)
                }
                items.withUnsafeBufferPointer {
                    if let base = $0.baseAddress { (table.pointee.elements + Int(offset)).update(from: base, count: $0.count) }
                }
            }
            elementsDone = wasm.elements.count
            for (i, segment) in wasm.data.enumerated() {
                dataDone = i
                guard case .active(let memoryIndex, let offsetExpression) = segment.mode else { continue }
                let offset = try evaluator.evaluate(offsetExpression)
                let memory = context.pointee.memories[Int(memoryIndex)]
                guard inBounds(offset, UInt64(segment.bytes.count), memory.pointee.byteCount) else {
                    throw WasmError(.trap, TrapCode.outOfBoundsMemory.message)
                }
                segment.bytes.withUnsafeBytes { bytes in
                    if let base = bytes.baseAddress {
                        (memory.pointee.base + Int(offset)).copyMemory(from: base, byteCount: bytes.count)
                    }
                }
            }
        } catch {
            // The segment that trapped and the active ones after it were never dropped.
            for (i, segment) in wasm.elements.enumerated() where i >= elementsDone {
                if case .active = segment.mode { storeElementSegment(elementItems[i], at: i, in: context) }
            }
            for (i, segment) in wasm.data.enumerated() where i >= dataDone {
                if case .active = segment.mode { storeDataSegment(segment.bytes, at: i, in: context) }
            }
            throw error
        }
    }
}
