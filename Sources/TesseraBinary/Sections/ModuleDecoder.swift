import TesseraTypes

/// Decodes a module binary section by section into a `WasmModule`.
///
/// Reads inside a section are bounded by the end of the binary rather than the section, and the section
/// size is checked afterwards ("section size mismatch"), as the reference interpreter does; this keeps the
/// error messages of truncated or overlong sections in its words. Function bodies are not decoded here:
/// only their locals are, and their instruction bytes stay slices of the input (see `FunctionBodyDecoder`).
struct ModuleDecoder {
    var reader: BinaryReader
    var module = WasmModule()
    let features: FeatureSet
    /// Absolute end of the section being decoded.
    var sectionEnd = 0
    /// Canonical order rank of the last non-custom section (0 before any).
    var lastRank = 0
    /// The id of the last non-custom section, for custom section positions.
    var lastSectionID = 0

    init(bytes: [UInt8], features: FeatureSet) {
        self.reader = BinaryReader(bytes)
        self.module.sourceLayout.binary = bytes
        self.features = features
    }

    /// Section ids in their canonical order, which is not numeric (tag and data count stand out).
    static func rank(ofSection id: UInt8) -> Int? {
        switch id {
        case 1...5: Int(id)          // type, import, function, table, memory
        case 13: 6                   // tag
        case 6...9: Int(id) + 1      // global, export, start, element
        case 12: 11                  // data count
        case 10, 11: Int(id) + 2     // code, data
        default: nil
        }
    }

    mutating func decode() throws(WasmError) -> WasmModule {
        try readHeader()
        do throws(WasmError) {
            try decodeSections()
        } catch {
            throw firstMalformedBody() ?? error
        }
        return module
    }

    /// The reference interpreter decodes function bodies as it meets them, so an error in a body comes
    /// before any error after it. Bodies are decoded lazily here; when the module turns out malformed,
    /// the bodies decoded so far are checked, and their first error reported instead.
    private func firstMalformedBody() -> WasmError? {
        for index in module.codes.indices {
            var decoder = FunctionBodyDecoder(module: module, codeIndex: index, checksDataCount: false)
            do throws(WasmError) {
                try decoder.skipRemaining()
            } catch {
                return error
            }
        }
        return nil
    }

    private mutating func decodeSections() throws(WasmError) {
        while !reader.isAtEnd {
            let idOffset = reader.offset
            let id = try reader.readByte()
            if id != 0 {
                guard let rank = Self.rank(ofSection: id) else {
                    throw WasmError.malformed("malformed section id", offset: idOffset)
                }
                guard rank > lastRank else {
                    throw WasmError.malformed("unexpected content after last section", offset: idOffset)
                }
                lastRank = rank
            }
            let size = try reader.readLength()
            sectionEnd = reader.offset + size
            try decodeSection(id: id)
            guard reader.offset == sectionEnd else {
                throw WasmError.malformed("section size mismatch", offset: sectionEnd)
            }
            if id != 0 { lastSectionID = Int(id) }
        }
        try checkCounts()
    }

    private mutating func readHeader() throws(WasmError) {
        let magic: [UInt8] = [0x00, 0x61, 0x73, 0x6D]
        let version: [UInt8] = [0x01, 0x00, 0x00, 0x00]
        guard try reader.readBytes(4).elementsEqual(magic) else {
            throw WasmError.malformed("magic header not detected", offset: 0)
        }
        guard try reader.readBytes(4).elementsEqual(version) else {
            throw WasmError.malformed("unknown binary version", offset: 4)
        }
    }

    private mutating func decodeSection(id: UInt8) throws(WasmError) {
        switch id {
        case 0: try decodeCustomSection()
        case 1: try decodeTypeSection()
        case 2: try decodeImportSection()
        case 3: try decodeFunctionSection()
        case 4: try decodeTableSection()
        case 5: try decodeMemorySection()
        case 6: try decodeGlobalSection()
        case 7: try decodeExportSection()
        case 8: module.start = try reader.readU32()
        case 9: try decodeElementSection()
        case 10: try decodeCodeSection()
        case 11: try decodeDataSection()
        case 12: module.dataCount = try reader.readU32()
        case 13: try decodeTagSection()
        default: throw WasmError.malformed("malformed section id", offset: reader.offset)
        }
    }

    /// Cross-section count checks that can only be made once every section has been seen.
    private func checkCounts() throws(WasmError) {
        if module.functions.count != module.codes.count {
            throw WasmError.malformed("function and code section have inconsistent lengths", offset: reader.offset)
        }
        if let count = module.dataCount, Int(count) != module.data.count {
            throw WasmError.malformed("data count and data section have inconsistent lengths", offset: reader.offset)
        }
    }

    /// Reads a vector's elements with `element`, reserving no more than the input can hold.
    mutating func readVector<T>(
        minimumElementSize: Int = 1, _ element: (inout ModuleDecoder) throws(WasmError) -> T
    ) throws(WasmError) -> [T] {
        let count = try reader.readVectorCount()
        var result: [T] = []
        result.reserveCapacity(Swift.min(count, reader.remaining / Swift.max(minimumElementSize, 1)))
        for _ in 0..<count {
            result.append(try element(&self))
        }
        return result
    }
}

extension WasmModule {
    /// The number of imported functions (the first indices of the function index space).
    public var importedFunctionCount: Int {
        var n = 0
        for i in imports { if case .function = i.descriptor { n += 1 } }
        return n
    }
}
