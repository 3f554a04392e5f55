import TesseraTypes

/// The type section: recursion groups of sub types over function, struct and array types (GC).
extension ModuleDecoder {
    mutating func decodeTypeSection() throws(WasmError) {
        module.recGroups = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
            try d.readRecGroup()
        }
    }

    private mutating func readRecGroup() throws(WasmError) -> RecGroup {
        if try reader.peekByte() == 0x4E {
            reader.offset += 1
            let types = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
                try d.readSubType()
            }
            return RecGroup(types: types, isExplicit: true)
        }
        return RecGroup(types: [try readSubType()])
    }

    private mutating func readSubType() throws(WasmError) -> SubType {
        let form = try reader.peekByte()
        guard form == 0x50 || form == 0x4F else {
            return SubType(isFinal: true, supertypes: [], composite: try readCompositeType())
        }
        reader.offset += 1
        let supertypes = try readVector { (d: inout ModuleDecoder) throws(WasmError) in try d.reader.readU32() }
        return SubType(isFinal: form == 0x4F, supertypes: supertypes, composite: try readCompositeType())
    }

    private mutating func readCompositeType() throws(WasmError) -> CompositeType {
        let start = reader.offset
        switch try reader.readByte() {
        case 0x60:
            let parameters = try readValueTypes()
            let results = try readValueTypes()
            return .function(FunctionType(parameters: parameters, results: results))
        case 0x5F:
            let fields = try readVector(minimumElementSize: 2) { (d: inout ModuleDecoder) throws(WasmError) in
                try d.readFieldType()
            }
            return .structure(fields)
        case 0x5E:
            return .array(try readFieldType())
        case let byte where byte & 0x80 != 0:
            // The form is a one-byte signed LEB128 (s7); a continuation bit makes it too long.
            throw WasmError.malformed("integer representation too long", offset: start)
        default:
            throw WasmError.malformed("malformed composite type", offset: start)
        }
    }

    mutating func readValueTypes() throws(WasmError) -> [ValueType] {
        try readVector { (d: inout ModuleDecoder) throws(WasmError) in try d.reader.readValueType() }
    }

    private mutating func readFieldType() throws(WasmError) -> FieldType {
        let storage: StorageType
        switch try reader.peekByte() {
        case 0x78: reader.offset += 1; storage = .i8
        case 0x77: reader.offset += 1; storage = .i16
        default: storage = .value(try reader.readValueType())
        }
        return FieldType(storage, mutable: try readMutability())
    }

    /// A mutability flag byte: 0 const, 1 var.
    mutating func readMutability() throws(WasmError) -> Bool {
        let start = reader.offset
        switch try reader.readByte() {
        case 0: return false
        case 1: return true
        default: throw WasmError.malformed("malformed mutability", offset: start)
        }
    }
}
