/// The built-in stopword lists. Written in ordinary spelling and normalised with the text
/// profile when loaded, so that they match tokens whatever the hamza or alef maqsura spelling.
public enum Stopwords {
    /// Arabic function words: prepositions, conjunctions, particles, pronouns, demonstratives,
    /// relative pronouns, auxiliaries, and their most common clitic-attached forms in news.
    public static let arabic: [String] = """
    في من إلى على عن مع منذ حتى عند لدى نحو بين خلال ضد حول دون عبر فوق تحت أمام وراء خلف بعد قبل
    إلا غير سوى مثل ثم أو أم بل لكن لكنّ لا لم لن ما ماذا لماذا كيف متى أين أي هل قد لقد سوف كل بعض
    جميع كلا كافة أيضا أيضاً إن أن إنّ أنّ إذ إذا إذن لو لولا كي كأن كما لما مما عما فيما بما ومن وفي
    وعلى وإلى وعن ومع وبين ولا وما ولم ولن وقد ولكن وأن وإن فإن فقد فلا بأن بأنه لأن لأنه كان كانت يكون
    تكون كانوا يكونوا ليس ليست ليسوا هو هي هم هن هما أنا نحن أنت أنتم أنتن أنتما هذا هذه هذان هاتان
    هؤلاء ذلك تلك أولئك ذاك هنا هناك هنالك الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي
    والذي والتي والذين وهو وهي وهم وهذا وهذه وذلك وتلك له لها لهم لهن لهما به بها بهم بهن منه منها منهم
    عنه عنها عنهم فيه فيها فيهم إليه إليها إليهم عليه عليها عليهم معه معها معهم لدينا لديه لديها لديهم
    ذات ذو ذي أحد إحدى أكثر أقل جدا جداً فقط حيث بينما كذلك لذلك هكذا ضمن لدي وكان وكانت ويكون وتكون
    أنه أنها أنهم إنه إنها إنهم بأنها وأنه وأنها عليها وأضاف وقال قال قالت يقول تقول وأكد أكد وأشار أشار
    وأوضح أوضح وذكر ذكر حسب بحسب وفق وفقا وفقاً تم يتم وتم عام خلالها خلاله إطار حين حينما عندما بعدما
    قبلما كلما ريثما طالما مهما أينما حيثما لعل ليت عسى يا أيها أيتها آخر أخرى آخرون الآن اليوم أمس
    غدا غداً إنما أما وأما إما ولكنه لكنه ولكنها لكنها كلّ بكل لكل ولكل وكل منذ ومنذ حوالي نحو زهاء
    التى الى علي الي فى انه ان او اى
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// English function words.
    public static let english: [String] = """
    a an the and or but if then else of to in on at by for with from into onto over under about
    above below after before between through during without within against among around as is are
    was were be been being am do does did doing have has had having i me my mine we us our ours you
    your yours he him his she her hers it its they them their theirs this that these those there
    here what which who whom whose when where why how all any both each few more most other some
    such no nor not only own same so than too very can will just should would could may might must
    shall s t don now also said says up down out off again further once per via
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Normalises `words` with `profile` (each word's tokens; a word giving several tokens,
    /// such as a hyphenated one, adds each).
    public static func normalized(_ words: [String], profile: TextProfile) -> Set<[UInt8]> {
        let tokenizer = Tokenizer(profile: profile)
        var set = Set<[UInt8]>()
        for word in words {
            for token in tokenizer.tokens(of: word) { set.insert(Array(token.utf8)) }
        }
        return set
    }
}
