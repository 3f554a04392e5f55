import TesseraTypes
import TesseraBinary

// Element and data segments.

extension ModuleValidator {
    func validateElementSegments() throws(WasmError) {
        let allGlobals = context.globals.count
        for segment in module.elements {
            let type = segment.type
            switch segment.items {
            case .functions(let functions):
                for f in functions {
                    guard Int(f) < context.functionTypeIndices.count else {
                        throw WasmError.invalid("unknown function \(f)")
                    }
                    let actual = RefType(nullable: false, .concrete(context.functionTypeIndices[Int(f)]))
                    if !context.types.isSubtype(actual, of: type) {
                        throw WasmError.invalid("type mismatch: function \(f) in an element segment of another type")
                    }
                }
            case .expressions(let expressions):
                for e in expressions {
                    try validateConstantExpression(e, type: .ref(type), visibleGlobals: allGlobals)
                }
            }
            if case .active(let tableIndex, let offset) = segment.mode {
                guard Int(tableIndex) < context.tables.count else {
                    throw WasmError.invalid("unknown table \(tableIndex)", offset: offset.offset)
                }
                try validateConstantExpression(offset, type: context.addressType(ofTable: tableIndex),
                                               visibleGlobals: allGlobals)
                if !context.types.isSubtype(type, of: context.tables[Int(tableIndex)].elementType) {
                    throw WasmError.invalid("type mismatch: element segment does not match its table",
                                            offset: offset.offset)
                }
            }
        }
    }

    func validateDataSegments() throws(WasmError) {
        let allGlobals = context.globals.count
        for segment in module.data {
            if case .active(let memoryIndex, let offset) = segment.mode {
                guard Int(memoryIndex) < context.memories.count else {
                    throw WasmError.invalid("unknown memory \(memoryIndex)", offset: offset.offset)
                }
                try validateConstantExpression(offset, type: context.addressType(ofMemory: memoryIndex),
                                               visibleGlobals: allGlobals)
            }
        }
    }
}
