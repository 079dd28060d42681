/// What kind of actor.
public enum ActorType: String, Sendable, CaseIterable, Codable {
    case person, organization, place
    /// The people of a country, named by its nisba adjective (الروسي, الروسية, الروس).
    case group
}

/// A role held for a time (event-data style): `head_of_state` of `RU` from 2012-05-07.
public struct ActorRole: Sendable, Equatable {
    public var role: String
    public var country: String
    /// ISO dates; nil: open.
    public var from: String?
    public var to: String?
}

/// Someone or something the news is about.
public struct Actor: Sendable, Equatable {
    public var id: String
    public var type: ActorType
    /// Canonical Arabic name.
    public var name: String
    public var nameEn: String?
    /// ISO 3166 alpha-2.
    public var country: String?
    public var wikidata: String?
    /// Surface variants and short forms (any spelling: they are normalised with the profile).
    public var aliases: [String]
    public var roles: [ActorRole]
    /// Found by the title patterns, not listed in a gazetteer.
    public var discovered: Bool

    public init(id: String, type: ActorType, name: String, nameEn: String? = nil, country: String? = nil,
                wikidata: String? = nil, aliases: [String] = [], roles: [ActorRole] = [], discovered: Bool = false) {
        self.id = id
        self.type = type
        self.name = name
        self.nameEn = nameEn
        self.country = country
        self.wikidata = wikidata
        self.aliases = aliases
        self.roles = roles
        self.discovered = discovered
    }
}
