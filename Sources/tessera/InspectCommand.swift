import TesseraTypes
import TesseraBinary
import TesseraSpecTest

/// `tessera inspect FILE`
enum InspectCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let parsed: Arguments
        switch parseCommandArguments(arguments, usage: Usage.inspect) {
        case .success(let p): parsed = p
        case .failure(let request): return request.code
        }
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            return usageError(parsed.positionals.isEmpty ? "no file given" : "expected one file", Usage.inspect)
        }
        guard let bytes = ModuleInput.load(path) else { return .failure }
        print("\(path): \(bytes.count) bytes")
        var failed = false
        let walk = SectionWalk(bytes)
        print("sections (\(walk.sections.count)):")
        for section in walk.sections {
            var line = "  \(pad(String(section.id), 2)) \(pad(section.name, 9, left: false))"
            line += " offset \(hex(section.offset)) size \(section.size)"
            if let custom = section.customName { line += " \(quoted(custom))" }
            print(line)
        }
        if let error = walk.error {
            printError("\(path): \(error)")
            failed = true
        }
        do {
            let module = try WasmModule(decoding: bytes)
            printContents(module)
        } catch {
            if walk.error == nil { printError("\(path): \(error)") }
            failed = true
        }
        return failed ? .failure : .success
    }

    static func printContents(_ module: WasmModule) {
        let types = module.types
        print("types (\(types.count)):")
        var index = 0
        for group in module.recGroups {
            let inRec = group.isExplicit || group.types.count > 1
            if inRec { print("  (rec") }
            for subtype in group.types {
                print("  \(inRec ? "  " : "")\(index): \(TypeText.subType(subtype))")
                index += 1
            }
            if inRec { print("  )") }
        }
        print("imports (\(module.imports.count)):")
        for item in module.imports {
            print("  \(quoted(item.module)) \(quoted(item.name)) \(TypeText.importDescriptor(item.descriptor))")
        }
        print("exports (\(module.exports.count)):")
        for item in module.exports {
            print("  \(quoted(item.name)) \(TypeText.kind(item.kind)) \(item.index)")
        }
        let importedFunctions = module.imports.count { if case .function = $0.descriptor { true } else { false } }
        var counts = "functions \(importedFunctions) imported + \(module.functions.count) defined"
        counts += ", tables \(module.tables.count), memories \(module.memories.count)"
        counts += ", globals \(module.globals.count), tags \(module.tags.count)"
        counts += ", elements \(module.elements.count), data \(module.data.count)"
        if let start = module.start { counts += ", start \(start)" }
        print("defined: " + counts)
        print("custom sections (\(module.customSections.count)):")
        for custom in module.customSections {
            print("  \(quoted(custom.name)) (\(custom.payload.count) bytes)")
        }
    }
}
