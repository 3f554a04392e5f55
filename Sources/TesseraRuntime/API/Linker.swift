public import TesseraTypes
import TesseraBinary

/// Resolves imports by module and name: host functions and the exports of whole instances.
public struct Linker {
    enum Definition {
        case host(HostFunction)
        case external(Extern)
    }

    var definitions: [String: [String: Definition]] = [:]

    public init() {}

    /// Defines a host function; throws on a duplicate definition.
    public mutating func define(module: String, name: String, type: FunctionType,
                                _ body: @escaping (Caller, [Value]) throws -> [Value]) throws(WasmError) {
        try add(module, name, .host(HostFunction(type: type, body)))
    }

    /// Defines an external value of some store.
    public mutating func define(module: String, name: String, _ value: Extern) throws(WasmError) {
        try add(module, name, .external(value))
    }

    /// Defines every export of `instance` under the module name `module`.
    public mutating func define(module: String, instance: Instance) throws(WasmError) {
        for (name, value) in instance.exports.sorted(by: { $0.key < $1.key }) {
            try add(module, name, .external(value))
        }
    }

    mutating func add(_ module: String, _ name: String, _ definition: Definition) throws(WasmError) {
        if definitions[module]?[name] != nil {
            throw WasmError(.unlinkable, "duplicate definition of \"\(module)\" \"\(name)\"")
        }
        definitions[module, default: [:]][name] = definition
    }

    /// Instantiates `module` in `store`, resolving its imports here. Missing imports fail with
    /// "unknown import", mistyped ones with "incompatible import type".
    public func instantiate(_ module: Module, in store: Store) throws(WasmError) -> Instance {
        var imports: [Extern] = []
        for declared in module.imports {
            guard let definition = definitions[declared.module]?[declared.name] else {
                throw WasmError(.unlinkable, "unknown import \"\(declared.module)\" \"\(declared.name)\"")
            }
            switch definition {
            case .external(let value): imports.append(value)
            case .host(let host): imports.append(.function(store.define(host)))
            }
        }
        return try store.instantiate(module, imports: imports)
    }
}
