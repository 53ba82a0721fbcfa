//! Vocabulary IRIs: schema.org, showkg, NIF, PROV, XSD and RDF, as constants.

use oxigraph::model::NamedNodeRef;

/// `http://schema.org/`: the official JSON-LD context maps schema.org to `http://`.
pub const SCHEMA: &str = "http://schema.org/";
/// The showkg namespace, for the few terms schema.org lacks.
pub const SHOWKG: &str = "https://w3id.org/showkg/ns#";
/// NIF Core.
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// W3C PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(
            #[doc = concat!("`", $ns, $local, "`")]
            pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));
        )*
    };
}

/// schema.org terms.
pub mod schema {
    use super::NamedNodeRef;
    terms!("http://schema.org/";
        TV_SERIES = "TVSeries", MOVIE = "Movie", PERSON = "Person", ORGANIZATION = "Organization",
        NEWS_ARTICLE = "NewsArticle", PERFORMANCE_ROLE = "PerformanceRole", OBSERVATION = "Observation",
        NAME = "name", ALTERNATE_NAME = "alternateName", ACTOR = "actor", CHARACTER_NAME = "characterName",
        CHARACTER = "character", START_DATE = "startDate", DATE_PUBLISHED = "datePublished",
        END_DATE = "endDate", NUMBER_OF_EPISODES = "numberOfEpisodes", GENRE = "genre", AUTHOR = "author",
        DIRECTOR = "director", OBSERVATION_ABOUT = "observationAbout", MEASURED_PROPERTY = "measuredProperty",
        VALUE = "value", OBSERVATION_PERIOD = "observationPeriod", MEASUREMENT_METHOD = "measurementMethod",
        UNIT_TEXT = "unitText", MENTIONS = "mentions", HEADLINE = "headline", PUBLISHER = "publisher",
        URL = "url", SAME_AS = "sameAs", ENCODING_FORMAT = "encodingFormat",
    );
}

/// showkg terms.
pub mod showkg {
    use super::NamedNodeRef;
    terms!("https://w3id.org/showkg/ns#";
        FICTIONAL_CHARACTER = "FictionalCharacter", ORIGINAL_NETWORK = "originalNetwork",
        STREAMING_SERVICE = "streamingService", HOURS_VIEWED = "hoursViewed", VIEWS = "views",
        VIEWERS = "viewers", HOUSEHOLD_RATING = "householdRating", CHART_RANK = "chartRank",
        EVIDENCE = "evidence", RULE = "rule", CONFIDENCE = "confidence", CONTENT_HASH = "contentHash",
        SOURCE = "source", EXTRACTED_WITH = "extractedWith", CATALOGUE = "catalogue",
        CONSOLIDATION = "consolidation", EXTRACTION = "extraction", CONSOLIDATED_WITH = "consolidatedWith",
        GAZETTEER = "gazetteer", ENTITY_MERGE = "EntityMerge", MERGED_ENTITY = "mergedEntity",
        CANONICAL_ENTITY = "canonicalEntity", MERGE_REASON = "mergeReason",
    );
}

/// NIF Core terms.
pub mod nif {
    use super::NamedNodeRef;
    terms!("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        PHRASE = "Phrase", REFERENCE_CONTEXT = "referenceContext", BEGIN_INDEX = "beginIndex",
        END_INDEX = "endIndex", ANCHOR_OF = "anchorOf",
    );
}

/// PROV-O terms.
pub mod prov {
    use super::NamedNodeRef;
    terms!("http://www.w3.org/ns/prov#"; WAS_DERIVED_FROM = "wasDerivedFrom");
}

/// XSD datatypes.
pub mod xsd {
    use super::NamedNodeRef;
    terms!("http://www.w3.org/2001/XMLSchema#";
        DATE = "date", G_YEAR_MONTH = "gYearMonth", G_YEAR = "gYear", INTEGER = "integer",
        DECIMAL = "decimal", NON_NEGATIVE_INTEGER = "nonNegativeInteger", STRING = "string",
    );
}

/// `rdf:JSON`, the datatype of JSON literals (RDF 1.1 JSON-LD).
pub const RDF_JSON: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON");

/// `rdf:type`.
pub const RDF_TYPE: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
