namespace OpenData.Api.Exports.Releases;

/// <summary>
/// The tables of a release's SQLite file: the public data only (län, kommuner, themes, löften, their documents'
/// public metadata and the people they name, promises with actors, themes, targets and places, follow-ups), none of
/// the harvester's own bookkeeping. Times are RFC 3339 text in UTC and dates ISO 8601, so any SQLite tool reads them;
/// enum values are the API's. Ids are the database's and stay the same from release to release.
/// </summary>
public static class PublicSchema
{
    private static PublicColumn Text(string name, string sv, string en, bool required = false, bool unique = false) =>
        new(new DataField(name, "string", sv, en), "TEXT", required, unique);

    private static PublicColumn Integer(string name, string sv, string en, bool required = false) =>
        new(new DataField(name, "integer", sv, en), "INTEGER", required);

    private static PublicColumn Number(string name, string sv, string en) => new(new DataField(name, "number", sv, en), "REAL");

    private static PublicColumn Instant(string name, string sv, string en, bool required = false, bool reconfirmation = false) =>
        new(new DataField(name, "datetime", sv, en), "TEXT", required, Reconfirmation: reconfirmation);

    private static PublicColumn Date(string name, string sv, string en) => new(new DataField(name, "date", sv, en), "TEXT");

    private static PublicColumn LofteId => Integer("lofte_id", "Löftet (loften.id).", "The löfte (loften.id).", required: true);

    private static PublicColumn PromiseId => Integer("promise_id", "Åtagandet (promises.id).", "The promise (promises.id).", required: true);

    private static PublicForeignKey ToLofte => new("lofte_id", "loften", "id");

    private static PublicForeignKey ToPromise => new("promise_id", "promises", "id");

    public static readonly PublicTable Lan = new("lan", "Länen.", "The län (counties).",
    [
        Text("code", "Länets tvåsiffriga SCB-kod (\"03\").", "The län's two-digit SCB code (\"03\").", required: true),
        Text("name", "Länets namn (\"Uppsala län\").", "The län's name (\"Uppsala län\").", required: true),
        Text("short_name", "Kort namn (\"Uppsala\").", "Short name (\"Uppsala\").", required: true),
        Text("polisregion", "Polisregionen länet hör till.", "The police region the län belongs to.", required: true),
    ], ["code"], [], []);

    public static readonly PublicTable Kommuner = new("kommuner", "Kommunerna.", "The kommuner (municipalities).",
    [
        Text("code", "Kommunens fyrsiffriga SCB-kod (\"0180\").", "The kommun's four-digit SCB code (\"0180\").", required: true),
        Text("name", "Kommunens namn.", "The kommun's name.", required: true),
        Text("lan_code", "Länet (lan.code).", "The län (lan.code).", required: true),
    ], ["code"], [new("lan_code", "lan", "code")], ["lan_code"]);

    public static readonly PublicTable Themes = new("themes", "Temana som åtaganden klassas efter.", "The themes promises are classified by.",
    [
        Text("code", "Temats kod.", "The theme's code.", required: true),
        Text("sv", "Temats namn på svenska.", "The theme's name in Swedish.", required: true),
        Text("en", "Temats namn på engelska.", "The theme's name in English.", required: true),
        Text("about", "Vad temat omfattar.", "What the theme covers."),
    ], ["code"], [], []);

    public static readonly PublicTable Loften = new("loften", "Medborgarlöftena: ett avtal mellan Polisen och en eller flera kommuner för en period.",
        "The medborgarlöften: an agreement between Polisen and one or more kommuner for a period.",
    [
        Integer("id", "Löftets nummer i databasen.", "The löfte's number in the database.", required: true),
        Text("global_id", "Löftets id i API:t (global id).", "The löfte's id in the API (global id).", required: true, unique: true),
        Text("key", "Löftets nyckel: kommunkoder, område och period (\"2463/2017\").", "The löfte's key: kommun codes, area and period (\"2463/2017\").", required: true, unique: true),
        Text("area", "Den del av kommunen löftet gäller, där kommunen har flera.", "The part of the kommun the löfte is for, where it has several."),
        Text("status", "Löftets status i dag: CURRENT, ENDED, SUPERSEDED, WITHDRAWN, UPCOMING eller UNDATED.", "The löfte's status today: CURRENT, ENDED, SUPERSEDED, WITHDRAWN, UPCOMING or UNDATED.", required: true),
        Instant("first_seen", "När löftet först lästes (UTC).", "When the löfte was first read (UTC).", required: true),
        Instant("last_seen", "När löftet senast lästes (UTC).", "When the löfte was last read (UTC).", required: true, reconfirmation: true),
        Instant("changed_at", "När löftets data senast ändrades (UTC).", "When the löfte's data last changed (UTC).", required: true),
    ], ["id"], [], ["status"]);

    public static readonly PublicTable LofteYears = new("lofte_years", "Åren varje löfte gäller.", "The years each löfte covers.",
    [
        LofteId,
        Integer("year", "Ett år löftet gäller.", "A year the löfte covers.", required: true),
    ], ["lofte_id", "year"], [ToLofte], ["year"]);

    public static readonly PublicTable LofteKommuner = new("lofte_kommuner", "Kommunerna varje löfte gäller.", "The kommuner each löfte is for.",
    [
        LofteId,
        Text("kommun_code", "Kommunen (kommuner.code).", "The kommun (kommuner.code).", required: true),
    ], ["lofte_id", "kommun_code"], [ToLofte, new("kommun_code", "kommuner", "code")], ["kommun_code"]);

    public static readonly PublicTable LofteLokalpolisomraden = new("lofte_lokalpolisomraden", "Lokalpolisområdena varje löfte nämner.",
        "The lokalpolisområden (local police areas) each löfte names.",
    [
        LofteId,
        Text("name", "Lokalpolisområdets namn.", "The lokalpolisområde's name.", required: true),
    ], ["lofte_id", "name"], [ToLofte], []);

    public static readonly PublicTable Documents = new("documents",
        "Dokumenten uppgifterna lästes från: vad en hämtning av en källa sa, med källans adress, tid och SHA-256.",
        "The documents the facts were read from: what one fetch of a source said, with the source's address, time and SHA-256.",
    [
        Integer("id", "Dokumentets nummer i databasen.", "The document's number in the database.", required: true),
        Text("global_id", "Dokumentets id i API:t (global id).", "The document's id in the API (global id).", required: true, unique: true),
        Text("kind", "Slag: LOFTE, NYHET eller UPPFOLJNING.", "Kind: LOFTE, NYHET or UPPFOLJNING.", required: true),
        Text("title", "Dokumentets rubrik.", "The document's title.", required: true),
        Date("published", "Publiceringsdag enligt dokumentet.", "The day the document says it was published."),
        Text("url", "Dokumentets adress.", "The document's address."),
        Instant("read_at", "När dokumentet lästes (UTC).", "When the document was read (UTC).", required: true),
        Text("extractor_version", "Versionen av läsaren som läste det.", "The version of the extractor that read it.", required: true),
        Number("confidence", "Hur säker läsningen är, 0–1.", "How sure the reading is, 0–1."),
        Text("correction_reason", "Varför en person rättade läsningen för hand; tomt om ingen gjorde det.", "Why a person corrected the reading by hand; empty where nobody did."),
        Instant("snapshot_fetched_at", "När källan hämtades (UTC).", "When the source was fetched (UTC)."),
        Text("snapshot_url", "Adressen källan hämtades från.", "The address the source was fetched from."),
        Text("snapshot_sha256", "SHA-256 för den hämtade källan; den arkiverade kopian finns under /archive/{sha256}.", "SHA-256 of the fetched source; its archived copy is at /archive/{sha256}."),
        Text("content_type", "Källans innehållstyp.", "The source's content type."),
        Text("attribution", "Erkännande som källans utgivare ska ha.", "Credit owed to the source's publisher."),
    ], ["id"], [], ["kind"]);

    public static readonly PublicTable LofteDocuments = new("lofte_documents", "Dokumenten som anger varje löfte.", "The documents that state each löfte.",
    [
        LofteId,
        Integer("document_id", "Dokumentet (documents.id).", "The document (documents.id).", required: true),
    ], ["lofte_id", "document_id"], [ToLofte, new("document_id", "documents", "id")], ["document_id"]);

    public static readonly PublicTable People = new("people", "Personerna dokumenten nämner, med roll och organisation som texten anger dem.",
        "The people the documents name, with role and organisation as the text gives them.",
    [
        Integer("document_id", "Dokumentet (documents.id).", "The document (documents.id).", required: true),
        Integer("ordinal", "Personens plats i dokumentet, från 1.", "The person's position in the document, from 1.", required: true),
        Text("name", "Namn.", "Name.", required: true),
        Text("role", "Roll (\"kommunpolis\").", "Role (\"kommunpolis\")."),
        Text("organisation", "Organisation: POLIS, KOMMUN eller ANNAN.", "Organisation: POLIS, KOMMUN or ANNAN."),
    ], ["document_id", "ordinal"], [new("document_id", "documents", "id")], []);

    public static readonly PublicTable Promises = new("promises", "Löftenas åtaganden, även återkallade (withdrawn_at satt).",
        "The löften's promises, withdrawn ones included (withdrawn_at set).",
    [
        Integer("id", "Åtagandets nummer i databasen.", "The promise's number in the database.", required: true),
        Text("global_id", "Åtagandets id i API:t (global id).", "The promise's id in the API (global id).", required: true, unique: true),
        Text("key", "Åtagandets stabila nyckel.", "The promise's stable key.", required: true, unique: true),
        LofteId,
        Integer("ordinal", "Åtagandets plats i löftet, från 1.", "The promise's position in the löfte, from 1.", required: true),
        Text("text", "Åtagandets text som den publicerades.", "The promise's text as published.", required: true),
        Instant("first_seen", "När åtagandet först lästes (UTC).", "When the promise was first read (UTC).", required: true),
        Instant("last_seen", "När åtagandet senast lästes (UTC).", "When the promise was last read (UTC).", required: true, reconfirmation: true),
        Instant("withdrawn_at", "När åtagandet försvann från källan (UTC).", "When the promise disappeared from its source (UTC)."),
        Integer("document_id", "Dokumentet texten senast lästes från (documents.id).", "The document the text was last read from (documents.id)."),
        Text("status", "Senaste uppföljningens bedömning: DONE, PARTLY, ONGOING, NOT_DONE eller CANCELLED.", "The latest follow-up's verdict: DONE, PARTLY, ONGOING, NOT_DONE or CANCELLED."),
        Instant("changed_at", "När åtagandets data senast ändrades (UTC).", "When the promise's data last changed (UTC).", required: true),
    ], ["id"], [ToLofte, new("document_id", "documents", "id")], ["lofte_id", "status"]);

    public static readonly PublicTable PromiseActors = new("promise_actors", "Vem som lovar varje åtagande.", "Who makes each promise.",
    [
        PromiseId,
        Text("actor", "POLIS, KOMMUN eller ANNAN.", "POLIS, KOMMUN or ANNAN.", required: true),
    ], ["promise_id", "actor"], [ToPromise], ["actor"]);

    public static readonly PublicTable PromiseThemes = new("promise_themes", "Temana varje åtagande handlar om.", "The themes each promise is about.",
    [
        PromiseId,
        Text("theme_code", "Temat (themes.code).", "The theme (themes.code).", required: true),
    ], ["promise_id", "theme_code"], [ToPromise, new("theme_code", "themes", "code")], ["theme_code"]);

    public static readonly PublicTable PromiseTargets = new("promise_targets", "Mätbara mål: \"minst 4 trafikinsatser per år\" är count 4, per år.",
        "Numeric targets: \"at least 4 traffic operations a year\" is count 4, per år.",
    [
        PromiseId,
        Integer("ordinal", "Målets plats i åtagandet, från 1.", "The target's position in the promise, from 1.", required: true),
        Integer("count", "Antalet.", "The number.", required: true),
        Text("per", "Perioden: år, termin, månad eller vecka; tomt om ingen anges.", "The period: år, termin, månad or vecka; empty where none is stated."),
        Text("unit", "Vad som räknas.", "What is counted."),
    ], ["promise_id", "ordinal"], [ToPromise], []);

    public static readonly PublicTable PromisePlaces = new("promise_places", "Platser varje åtagande nämner.", "Places each promise names.",
    [
        PromiseId,
        Integer("ordinal", "Platsens ordning i åtagandet, från 1.", "The place's position in the promise, from 1.", required: true),
        Text("place", "Platsen.", "The place.", required: true),
    ], ["promise_id", "ordinal"], [ToPromise], ["place"]);

    public static readonly PublicTable FollowUps = new("follow_ups", "Publicerade uppföljningar av åtagandena, äldst först; självrapporterade av polis eller kommun.",
        "Published follow-ups of the promises, oldest first; self-reported by polis or kommun.",
    [
        Integer("id", "Uppföljningens nummer i databasen.", "The follow-up's number in the database.", required: true),
        PromiseId,
        Integer("document_id", "Uppföljningsdokumentets nummer (dess id i API:t är Document:{nummer}).", "The follow-up document's number (its API id is Document:{number}).", required: true),
        Text("subject", "Rubriken uppföljningen står under.", "The heading it stands under."),
        Text("text", "Vad uppföljningen säger.", "What the follow-up says.", required: true),
        Text("period", "Perioden den gäller, som den skrivs (\"maj-dec 2018\").", "The period it covers, as written (\"maj-dec 2018\")."),
        Text("status", "Bedömningen: DONE, PARTLY, ONGOING, NOT_DONE eller CANCELLED.", "The verdict: DONE, PARTLY, ONGOING, NOT_DONE or CANCELLED.", required: true),
        Text("reported_by", "Vem som rapporterar: POLIS eller KOMMUN.", "Who reports it: POLIS or KOMMUN.", required: true),
        Number("match_score", "Hur väl texten matchade åtagandet, 0–1.", "How well the text matched the promise, 0–1."),
        Number("share_of_target", "Rapporterat antal mot målet (3,0 = 300 %).", "The reported number against the target (3.0 = 300 %)."),
        Text("snapshot_sha256", "SHA-256 för den hämtade uppföljningen; kopian finns under /archive/{sha256}.", "SHA-256 of the fetched follow-up; its copy is at /archive/{sha256}."),
    ], ["id"], [ToPromise], ["promise_id", "status"]);

    /// <summary>Every table, in an order where each comes after the tables it refers to.</summary>
    public static readonly IReadOnlyList<PublicTable> Tables =
    [
        Lan, Kommuner, Themes, Loften, LofteYears, LofteKommuner, LofteLokalpolisomraden, Documents, LofteDocuments, People,
        Promises, PromiseActors, PromiseThemes, PromiseTargets, PromisePlaces, FollowUps,
    ];
}
