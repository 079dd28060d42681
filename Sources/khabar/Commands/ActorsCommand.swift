import ArgumentParser
import KhabarCore

/// `khabar actors`: who the coverage is about.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Find the people, organisations and places in the texts, and count them.",
        discussion: """
        Output: CSV `actor,type,mentions,docs,tag_mentions,id,name_en,country,wikidata,discovered` \
        (or JSONL), one row per actor mentioned, sorted by mentions descending. Types: person, \
        organization, place, and group (the people of a country, named by its nisba: الروسي, \
        الروس → روسيا as group; or a people that is no country's, by its members' noun: \
        الأكراد, الشيعة, المسلمون, الإيزيديون). Mentions in the tags line (كلمات دلالية) are \
        counted apart.

        Matching is on normalised tokens (text profile v1), longest name first, with clitics \
        (و ف ب ل ك, لل) stripped only when the rest is a known name; a short form (وانغ, or a \
        family name that is a given name too: عباس after محمود عباس) resolves to a full name \
        seen earlier in the document; an honorific (الرئيس, الشيخ) is left out of a known \
        person's mention and the lineage (بن, آل) taken in; a known person after the noun of a \
        place named after him (مطار شارل ديغول, جامعة الملك عبد العزيز) is the place's name; \
        a newspaper's name alone in quotation marks (« الشرق الأوسط ») is the newspaper; a movement's, \
        channel's, newspaper's or club's noun before a one-word name is left out of it (قناة \
        الجزيرة → الجزيرة). Such a name that is also a word or a city (القاعدة, فتح, الجزيرة, \
        برشلونة) is found alone where the words before it say what it is: its fighters or \
        leaders (عناصر القاعدة, زعيم القاعدة), its correspondents (مراسل الجزيرة; قال للجزيرة \
        إن), its players, coaches and fans (لاعب برشلونة), its goal, stars or shirt (مرمى \
        برشلونة, نجم الهلال, بقميص النصر), a match's verb or noun (فاز الهلال على النصر, مباراة \
        برشلونة; other clubs joined by و: مباراة الهلال والنصر), or, for a news agency, a dateline's \
        attribution (عمّان - بترا, (وام)). The built-in \
        gazetteer (\(BuiltinGazetteer.count / 1000),\(String(BuiltinGazetteer.count % 1000 + 1000).dropFirst()) actors: countries, capitals and demonyms; ethnic, religious \
        and political groups; Middle-East and Maghreb \
        places; international bodies, armed groups, parties, media, companies, clubs; heads of \
        state and government, foreign ministers and other officials 2013–2025 and of the 2000s; \
        athletes and public figures) is compiled in; --actors adds yours. People not listed are \
        discovered after a title (الرئيس, وزير الخارجية الصيني, المتحدث باسم ...) or from a given \
        name with a family name (جون كيري, عبد الله صالح; a kunya, أبو حمزة المصري, or alone: أبو \
        أيوب), after a \
        verb of saying (وقال فيشمان) or a nationality, or joined by و to a person named right \
        before (بلال الحفناوي وجمال الرشدان), and reported when seen in \
        --min-discovery documents, named --min-discovery-mentions times (a title and the full \
        name, then the surname alone in the same article), or once by a name that stands alone \
        (جون برينان; البرازيلي كاسيميرو دوس سانتوس; after السيد, الدكتور, الشيخ ...; or with a \
        role after it: وقال سري سكيك المتحدث باسم). A surname alone before the full name in the \
        same article (a headline's صلاح before محمد صلاح) is that person. \
        Organisations not listed are discovered \
        from a head noun (حزب, جامعة, منظمة, معهد, مجلس, اتحاد, هيئة, وكالة, بنك ...) before a \
        name (حزب الاتحاد الديمقراطي, جامعة القاهرة, المجلس الاقتصادي والاجتماعي; a nationality \
        ends it but for another nisba: وزارة الخارجية المصرية; a known organisation after such a \
        head is that one: منظمة أوبك is أوبك) or after a \
        newspaper's, channel's, team's or company's noun (صحيفة النهار, صحيفة « السفير », مجلة \
        نيوزويك, فريق سلتا فيغو, شركة سياك), reported as type organization (id discovered-org:) \
        on the same terms; places not listed after a place's noun (مدينة قوانغتشو, حي الشجاعية, \
        إقليم هلمند: مدينة بلدة قرية منطقة حي إقليم ولاية محافظة جزيرة قضاء مقاطعة مخيم), as \
        type place (id discovered-place:), reported once. English text: actors are found by their \
        English names too (Joe Biden, Biden, Russians; capitalised names only where capitalised), \
        and people not listed after a title or from a given name (President Emmanuel Macron, \
        Mr. John Smith, Maria Lopez).

        Memory: counts per actor and per pair of actors (integer ids, 12 bytes a pair): the \
        run's table (spilled to disk as sorted runs under --max-memory), and a small one (3 MiB) \
        per worker that is added to it now and then; the mentions of discovered candidates wait \
        in a temporary file until the end of the run.
        """)

    @OptionGroup(title: "Input") var input: InputOptions
    @OptionGroup(title: "Actors") var actorOptions: ActorOptions
    @OptionGroup(title: "Provenance") var mentions: MentionsOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup(title: "More reports in the same pass") var extra: ExtraOutputOptions

    func run() throws {
        try ActorRun.run(input: input, extra: extra, actorOptions: actorOptions, mentions: mentions.mentions, output: output.output) { counts, out in
            ActorsReport.write(counts, format: output.format, csv: CSVWriter(crlf: output.crlf), byteOrderMark: output.bom, to: out)
        }
    }
}
