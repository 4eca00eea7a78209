// The fixed lists the synthetic benchmark corpus (bench/corpus.ts) draws from: names, places,
// organizations, topic phrases, the lowercase details that make one event's stories alike,
// and the page furniture that scrapers bring along. Outlets come from src/data/outlets.json.

export const FIRST_NAMES = [
  "Aaron", "Abigail", "Adam", "Adriana", "Ahmed", "Aisha", "Alan", "Alejandro", "Alexis", "Alice", "Alicia", "Amanda", "Amir", "Amy", "Ana",
  "Andrea", "Andrew", "Angela", "Anita", "Anthony", "Antonio", "Arjun", "Ashley", "Barbara", "Benjamin", "Beth", "Brandon", "Brenda", "Brian",
  "Bruce", "Camila", "Carl", "Carlos", "Carmen", "Carol", "Catherine", "Chen", "Cheryl", "Chris", "Christina", "Claire", "Cynthia", "Daniel",
  "Darnell", "David", "Deborah", "Denise", "Dennis", "Diana", "Diego", "Dolores", "Donna", "Dorothy", "Douglas", "Duc", "Eduardo", "Elena",
  "Elijah", "Elizabeth", "Emily", "Emma", "Eric", "Erin", "Esther", "Ethan", "Eugene", "Fatima", "Felipe", "Fernando", "Frances", "Frank",
  "Gabriel", "Gary", "George", "Gina", "Gloria", "Grace", "Gregory", "Hannah", "Harold", "Hassan", "Heather", "Helen", "Hector", "Henry",
  "Hiroshi", "Ian", "Ibrahim", "Irene", "Isabel", "Jack", "Jacqueline", "James", "Janet", "Jasmine", "Jason", "Javier", "Jean", "Jeffrey",
  "Jennifer", "Jerome", "Jessica", "Joan", "Joel", "John", "Jorge", "Jose", "Joseph", "Joyce", "Juan", "Julia", "Julian", "Karen", "Katherine",
  "Keith", "Kenneth", "Kevin", "Kim", "Kwame", "Laura", "Lauren", "Leila", "Leonard", "Li", "Linda", "Lisa", "Lucia", "Luis", "Malik",
  "Marcus", "Margaret", "Maria", "Marisol", "Mark", "Martha", "Martin", "Mary", "Mateo", "Matthew", "Megan", "Mei", "Melissa", "Michael",
  "Michelle", "Miguel", "Mohammed", "Monica", "Nancy", "Naomi", "Natalie", "Nathan", "Nicole", "Nina", "Noah", "Olga", "Omar", "Pamela",
  "Patricia", "Patrick", "Paul", "Pedro", "Peter", "Priya", "Rachel", "Rafael", "Rajesh", "Ramon", "Raymond", "Rebecca", "Renee", "Ricardo",
  "Richard", "Rita", "Robert", "Roberto", "Rosa", "Ruth", "Ryan", "Samantha", "Samuel", "Sandra", "Sara", "Scott", "Sean", "Sergio", "Sharon",
  "Sofia", "Sonia", "Stephen", "Steven", "Susan", "Tanya", "Teresa", "Thomas", "Timothy", "Tina", "Tomas", "Tyrone", "Valerie", "Vanessa",
  "Victor", "Victoria", "Vincent", "Walter", "Wei", "William", "Yolanda", "Yusuf", "Zachary",
];

export const SURNAMES = [
  "Abbott", "Acosta", "Adams", "Aguilar", "Ahmed", "Alvarado", "Anderson", "Andrews", "Arnold", "Bailey", "Baker", "Banerjee", "Barnes",
  "Bauer", "Bell", "Bennett", "Bishop", "Blackwell", "Boyd", "Bradley", "Brennan", "Brooks", "Brown", "Bryant", "Burke", "Butler", "Caldwell",
  "Campbell", "Cardenas", "Carlson", "Carter", "Castillo", "Castro", "Chang", "Chavez", "Chen", "Clark", "Cohen", "Coleman", "Collins",
  "Contreras", "Cooper", "Cortez", "Crawford", "Cruz", "Cunningham", "Daniels", "Davis", "Delgado", "Diaz", "Dixon", "Dominguez", "Doyle",
  "Duncan", "Dunn", "Edwards", "Elliott", "Ellis", "Espinoza", "Evans", "Farrell", "Ferguson", "Fernandez", "Fischer", "Fitzgerald",
  "Fleming", "Flores", "Foster", "Fowler", "Franklin", "Fraser", "Freeman", "Fuentes", "Garcia", "Gardner", "Garrison", "Gibson", "Gilbert",
  "Gomez", "Gonzalez", "Gordon", "Graham", "Grant", "Greene", "Gupta", "Gutierrez", "Hale", "Hamilton", "Hansen", "Harper", "Harris", "Hart",
  "Hayes", "Henderson", "Hernandez", "Herrera", "Hicks", "Hoffman", "Holland", "Holmes", "Howard", "Hughes", "Hunt", "Ibarra", "Jackson",
  "Jenkins", "Jensen", "Johnson", "Jones", "Jordan", "Kamara", "Kaplan", "Keller", "Kelly", "Kennedy", "Khan", "Kim", "Klein", "Knight",
  "Kowalski", "Kramer", "Lambert", "Larson", "Lawrence", "Lee", "Leung", "Lewis", "Lindqvist", "Lopez", "Lowe", "Lucero", "Lynch", "Mack",
  "Maldonado", "Marsh", "Martin", "Martinez", "Mason", "Matthews", "McCarthy", "McDonald", "Medina", "Mendez", "Meyer", "Miller", "Mills",
  "Mitchell", "Molina", "Montgomery", "Moore", "Morales", "Moreno", "Morgan", "Morris", "Murphy", "Murray", "Nakamura", "Nash", "Navarro",
  "Nelson", "Nguyen", "Nichols", "Novak", "Obi", "O'Brien", "Okafor", "Oliver", "Olson", "Ortega", "Ortiz", "Owens", "Padilla", "Palmer",
  "Park", "Parker", "Patel", "Patterson", "Pearson", "Pena", "Perez", "Perkins", "Peters", "Phillips", "Pierce", "Porter", "Powell", "Price",
  "Quinn", "Ramirez", "Ramos", "Reed", "Reyes", "Reynolds", "Rhodes", "Rice", "Richardson", "Rios", "Rivera", "Roberts", "Robinson",
  "Rodriguez", "Rogers", "Romero", "Rosen", "Ross", "Ruiz", "Russell", "Salazar", "Sanchez", "Sandoval", "Schmidt", "Schneider", "Scott",
  "Shah", "Shapiro", "Sharma", "Shaw", "Silva", "Simmons", "Singh", "Smith", "Snyder", "Soto", "Spencer", "Stanley", "Stevens", "Stewart",
  "Sullivan", "Sutton", "Tanaka", "Taylor", "Thompson", "Torres", "Tran", "Trujillo", "Tucker", "Turner", "Valdez", "Vargas", "Vasquez",
  "Vega", "Wagner", "Walker", "Walsh", "Ward", "Warren", "Washington", "Watson", "Weber", "Webb", "Wells", "West", "Wheeler", "White",
  "Williams", "Wilson", "Wong", "Wright", "Yamamoto", "Young", "Zhang", "Zimmerman",
];

/**
 * A person's standing: a title written before the name ("Mayor Ana Ruiz") and a description
 * written after it ("Ana Ruiz, a spokeswoman for the Red Cross"). `{place}` and `{org}` are the
 * person's own place and organization.
 */
export const ROLES: readonly { title: string; description: string }[] = [
  { title: "Mayor", description: "the mayor of {place}" },
  { title: "Councilwoman", description: "a member of the {place} City Council" },
  { title: "Councilman", description: "a member of the {place} City Council" },
  { title: "Commissioner", description: "a county commissioner" },
  { title: "Police Chief", description: "the police chief in {place}" },
  { title: "Sheriff", description: "the county sheriff" },
  { title: "Gov.", description: "the governor" },
  { title: "Sen.", description: "a state senator" },
  { title: "Rep.", description: "a congresswoman whose district includes {place}" },
  { title: "Judge", description: "a circuit judge" },
  { title: "Superintendent", description: "the schools superintendent" },
  { title: "Dr.", description: "a physician at {org}" },
  { title: "Professor", description: "who teaches at {org}" },
  { title: "", description: "a spokeswoman for {org}" },
  { title: "", description: "a spokesman for {org}" },
  { title: "", description: "the director of {org}" },
  { title: "", description: "an analyst at {org}" },
  { title: "", description: "a lawyer for {org}" },
  { title: "", description: "who has lived in {place} for 20 years" },
  { title: "", description: "a small-business owner in {place}" },
  { title: "", description: "an organizer with {org}" },
  { title: "", description: "a retired teacher" },
];

/**
 * [city, region or country, AP dateline stands alone]. US regions are AP state abbreviations,
 * as datelines write them ("SPRINGFIELD, Ill. (AP) —"); cities that AP datelines name alone say so.
 */
export const PLACES: readonly [string, string, boolean][] = [
  ["Miami", "Fla.", true], ["Chicago", "Ill.", true], ["Houston", "Texas", true], ["Phoenix", "Ariz.", true], ["Philadelphia", "Pa.", true],
  ["San Antonio", "Texas", true], ["San Diego", "Calif.", true], ["Dallas", "Texas", true], ["Denver", "Colo.", true], ["Seattle", "Wash.", true],
  ["Boston", "Mass.", true], ["Detroit", "Mich.", true], ["Atlanta", "Ga.", true], ["Baltimore", "Md.", true], ["Milwaukee", "Wis.", true],
  ["Minneapolis", "Minn.", true], ["New Orleans", "La.", true], ["Cleveland", "Ohio", true], ["Pittsburgh", "Pa.", true], ["Cincinnati", "Ohio", true],
  ["St. Louis", "Mo.", true], ["Las Vegas", "Nev.", true], ["Salt Lake City", "Utah", true], ["Honolulu", "Hawaii", true], ["Oklahoma City", "Okla.", true],
  ["Indianapolis", "Ind.", true], ["San Francisco", "Calif.", true], ["Los Angeles", "Calif.", true], ["Tampa", "Fla.", false], ["Orlando", "Fla.", false],
  ["Jacksonville", "Fla.", false], ["Tallahassee", "Fla.", false], ["Fort Lauderdale", "Fla.", false], ["Hialeah", "Fla.", false], ["Gainesville", "Fla.", false],
  ["Austin", "Texas", false], ["El Paso", "Texas", false], ["Fort Worth", "Texas", false], ["Corpus Christi", "Texas", false], ["Laredo", "Texas", false],
  ["Lubbock", "Texas", false], ["Tucson", "Ariz.", false], ["Mesa", "Ariz.", false], ["Flagstaff", "Ariz.", false], ["Albuquerque", "N.M.", false],
  ["Santa Fe", "N.M.", false], ["Las Cruces", "N.M.", false], ["Sacramento", "Calif.", false], ["Fresno", "Calif.", false], ["Oakland", "Calif.", false],
  ["San Jose", "Calif.", false], ["Bakersfield", "Calif.", false], ["Riverside", "Calif.", false], ["Santa Rosa", "Calif.", false], ["Eugene", "Ore.", false],
  ["Portland", "Ore.", false], ["Salem", "Ore.", false], ["Spokane", "Wash.", false], ["Tacoma", "Wash.", false], ["Boise", "Idaho", false],
  ["Reno", "Nev.", false], ["Provo", "Utah", false], ["Cheyenne", "Wyo.", false], ["Billings", "Mont.", false], ["Fargo", "N.D.", false],
  ["Sioux Falls", "S.D.", false], ["Omaha", "Neb.", false], ["Lincoln", "Neb.", false], ["Wichita", "Kan.", false], ["Topeka", "Kan.", false],
  ["Kansas City", "Mo.", false], ["Springfield", "Ill.", false], ["Peoria", "Ill.", false], ["Des Moines", "Iowa", false], ["Cedar Rapids", "Iowa", false],
  ["Madison", "Wis.", false], ["Green Bay", "Wis.", false], ["Duluth", "Minn.", false], ["St. Paul", "Minn.", false], ["Grand Rapids", "Mich.", false],
  ["Lansing", "Mich.", false], ["Flint", "Mich.", false], ["Toledo", "Ohio", false], ["Columbus", "Ohio", false], ["Akron", "Ohio", false],
  ["Dayton", "Ohio", false], ["Louisville", "Ky.", false], ["Lexington", "Ky.", false], ["Nashville", "Tenn.", false], ["Memphis", "Tenn.", false],
  ["Knoxville", "Tenn.", false], ["Chattanooga", "Tenn.", false], ["Birmingham", "Ala.", false], ["Montgomery", "Ala.", false], ["Mobile", "Ala.", false],
  ["Jackson", "Miss.", false], ["Little Rock", "Ark.", false], ["Baton Rouge", "La.", false], ["Shreveport", "La.", false], ["Charlotte", "N.C.", false],
  ["Raleigh", "N.C.", false], ["Durham", "N.C.", false], ["Greensboro", "N.C.", false], ["Charleston", "S.C.", false], ["Columbia", "S.C.", false],
  ["Savannah", "Ga.", false], ["Augusta", "Ga.", false], ["Richmond", "Va.", false], ["Norfolk", "Va.", false], ["Roanoke", "Va.", false],
  ["Wilmington", "Del.", false], ["Newark", "N.J.", false], ["Trenton", "N.J.", false], ["Camden", "N.J.", false], ["Buffalo", "N.Y.", false],
  ["Rochester", "N.Y.", false], ["Albany", "N.Y.", false], ["Syracuse", "N.Y.", false], ["Hartford", "Conn.", false], ["New Haven", "Conn.", false],
  ["Providence", "R.I.", false], ["Worcester", "Mass.", false], ["Burlington", "Vt.", false], ["Manchester", "N.H.", false], ["Bangor", "Maine", false],
  ["Anchorage", "Alaska", false], ["Juneau", "Alaska", false], ["Hilo", "Hawaii", false], ["Harrisburg", "Pa.", false], ["Scranton", "Pa.", false],
  ["London", "England", true], ["Manchester", "England", false], ["Glasgow", "Scotland", false], ["Dublin", "Ireland", true], ["Toronto", "Canada", true],
  ["Vancouver", "Canada", true], ["Montreal", "Canada", true], ["Winnipeg", "Canada", false], ["Halifax", "Canada", false], ["Sydney", "Australia", true],
  ["Melbourne", "Australia", true], ["Brisbane", "Australia", false], ["Auckland", "New Zealand", true], ["Wellington", "New Zealand", false], ["Mexico City", "Mexico", true],
  ["Tijuana", "Mexico", false], ["Paris", "France", true], ["Berlin", "Germany", true], ["Tokyo", "Japan", true], ["Mumbai", "India", true],
];

export const ORGANIZATIONS = [
  "National Weather Service", "American Red Cross", "Department of Justice", "Federal Emergency Management Agency", "Environmental Protection Agency",
  "American Civil Liberties Union", "Sierra Club", "Chamber of Commerce", "Teamsters Union", "National Guard", "Federal Aviation Administration",
  "Department of Homeland Security", "Immigration and Customs Enforcement", "Centers for Disease Control and Prevention", "Food and Drug Administration",
  "Department of Education", "Department of Transportation", "Army Corps of Engineers", "Coast Guard", "Federal Reserve", "Internal Revenue Service",
  "Social Security Administration", "National Transportation Safety Board", "Securities and Exchange Commission", "Salvation Army", "United Way",
  "Habitat for Humanity", "Southern Poverty Law Center", "Anti-Defamation League", "League of Women Voters", "National Rifle Association",
  "Planned Parenthood", "Heritage Foundation", "Brookings Institution", "Urban Institute", "Pew Research Center", "Kaiser Family Foundation",
  "Great Lakes Financial Corp", "Hudson Mutual Bancorp", "Northwind Energy", "Meridian Health System", "Cascade Valley Transit", "Harbor Freight Lines",
  "Summit Ridge Mining", "Bluewater Shipping", "Pioneer Steel Works", "Redstone Logistics", "Silverline Airways", "Granite State Utilities",
  "Coastal Medical Group", "Evergreen Paper Company", "Lakeshore Community College", "State University", "University of Colorado", "Ohio State University",
  "University of Miami", "Texas A&M University", "Florida International University", "Johns Hopkins University", "Mayo Clinic", "Cleveland Clinic",
  "Children's Hospital", "Mercy General Hospital", "St. Luke's Medical Center", "Veterans Affairs Medical Center", "Metropolitan Transit Authority",
  "Port Authority", "Water Utility Authority", "Housing Authority", "Board of Education", "Board of Elections", "Public Service Commission",
  "Department of Corrections", "Highway Patrol", "Fraternal Order of Police", "Police Benevolent Association", "Teachers Union",
  "Farm Bureau", "Audubon Society", "Nature Conservancy", "Catholic Charities", "Legal Aid Society", "Goodwill Industries",
];

/**
 * Per topic of src/data/topics.json: phrases that use its keywords (so stories land in it),
 * and the people a headline names for it. The keys must be topic slugs.
 */
export const TOPIC_WORDS: Record<string, { phrases: string[]; actors: string[] }> = {
  immigration: {
    phrases: ["immigration enforcement", "deportation cases", "undocumented immigrants", "asylum seekers", "the border", "visa applications", "migrant families", "citizenship classes", "immigration detainers", "refugee resettlement", "DACA recipients"],
    actors: ["Immigration officials", "Advocates", "Asylum seekers", "Federal agents"],
  },
  "sanctuary-cities": {
    phrases: ["sanctuary city status", "sanctuary policies", "detainer requests", "the sanctuary ordinance", "sanctuary jurisdictions", "the welcoming city resolution"],
    actors: ["Commissioners", "County officials", "Sanctuary supporters"],
  },
  "law-enforcement": {
    phrases: ["police patrols", "violent crime", "the shooting", "arrests", "the county jail", "jail inmates", "prosecutors", "sheriff's deputies", "gang activity", "law enforcement officers", "the homicide investigation"],
    actors: ["Police", "Sheriff's deputies", "Prosecutors", "Detectives"],
  },
  courts: {
    phrases: ["the lawsuit", "a federal judge", "the court ruling", "an appeal", "the injunction", "lawyers for the plaintiffs", "the appeals court", "a constitutional challenge"],
    actors: ["Judge", "Appeals court", "Jury", "Lawyers"],
  },
  "federal-funding": {
    phrases: ["federal funding", "grant money", "federal funds", "the reimbursement", "grant applications", "taxpayer money"],
    actors: ["Officials", "Lawmakers", "Agencies"],
  },
  "local-government": {
    phrases: ["the city council", "the mayor's office", "county commissioners", "city hall", "the municipal budget", "the county commission", "local government"],
    actors: ["Council", "Commissioners", "Mayor", "City leaders"],
  },
  "federal-government": {
    phrases: ["the White House", "Congress", "the Senate", "the Justice Department", "the administration", "federal officials", "an executive order", "Homeland Security"],
    actors: ["Lawmakers", "White House", "Senate", "Administration"],
  },
  protests: {
    phrases: ["protesters", "a rally", "the march", "demonstrators", "activists", "advocates", "a coalition of groups", "protest signs"],
    actors: ["Protesters", "Activists", "Demonstrators", "Marchers"],
  },
  "race-and-extremism": {
    phrases: ["racism", "white supremacist groups", "hate groups", "bigotry", "neo-Nazi flyers", "hatred"],
    actors: ["Residents", "Faith leaders", "Civil rights groups"],
  },
  elections: {
    phrases: ["the election", "voters", "mail-in ballots", "the campaign", "candidates", "the primary", "voter turnout", "the polls"],
    actors: ["Voters", "Candidates", "Election officials", "Campaigns"],
  },
  economy: {
    phrases: ["the economy", "jobs", "unemployment", "inflation", "small businesses", "the company", "the stock market", "trade", "tariffs", "wages", "economic growth"],
    actors: ["Employers", "Businesses", "Shoppers", "Workers"],
  },
  education: {
    phrases: ["schools", "students", "teachers", "the university", "community college", "education funding", "the campus", "the school board"],
    actors: ["Students", "Teachers", "School board", "Parents"],
  },
  health: {
    phrases: ["public health", "the hospital", "disease", "the virus", "vaccines", "medical care", "patients", "the pandemic", "Medicaid", "Medicare"],
    actors: ["Doctors", "Hospitals", "Health officials", "Nurses"],
  },
  environment: {
    phrases: ["climate change", "the hurricane", "the storm", "flooding", "the environment", "severe weather", "the wildfire", "firefighters", "evacuations", "pollution", "sea level rise"],
    actors: ["Forecasters", "Firefighters", "Residents", "Crews"],
  },
  transportation: {
    phrases: ["transit riders", "traffic", "the airport", "the highway", "the port", "cruise ships", "the train", "bus routes", "buses"],
    actors: ["Commuters", "Transit officials", "Drivers", "Airlines"],
  },
};

/** Concrete things a story is about: an event's stories share a few, which makes them alike. */
export const DETAILS = [
  "sinkhole", "levee", "ferry", "stadium", "pension fund", "landfill", "pipeline", "bridge", "tunnel", "overpass", "reservoir", "shelter",
  "warehouse", "dredging", "raft", "seawall", "library", "clinic", "substation", "runway", "boardwalk", "greenway", "dam", "canal", "lighthouse",
  "marina", "orchard", "quarry", "refinery", "smelter", "bakery", "brewery", "cannery", "depot", "garage", "hangar", "mill", "pier", "plaza",
  "rink", "silo", "terminal", "tower", "vineyard", "wharf", "water main", "sewer line", "parking garage", "food bank", "homeless camp",
  "toll lane", "bike lane", "roundabout", "crosswalk", "speed cameras", "streetlights", "snowplows", "ambulance service", "fire station",
  "firehouse", "courthouse", "jail annex", "detention center", "charter school", "gymnasium", "cafeteria", "playground", "dormitory",
  "bus depot", "rail yard", "freight line", "cargo ship", "crane", "drawbridge", "causeway", "highway ramp", "interchange", "sound wall",
  "power plant", "wind farm", "solar farm", "wetland", "mangroves", "dune", "beach", "groundwater wells", "aquifer", "lead pipes",
  "vaccine clinic", "emergency room", "nursing home", "pharmacy", "voting machines", "ballot drop boxes", "bond measure", "sales tax",
  "property tax", "apartment complex", "mobile home park", "condo tower", "hotel", "casino", "convention center", "arena", "ballpark",
  "museum", "zoo", "aquarium", "botanical garden", "park", "pool", "trail", "golf course", "farmers market", "shopping mall", "grocery store",
  "factory", "shipyard", "steel mill", "paper mill", "data center", "cell tower", "broadband network", "power lines", "transformer",
  "fuel tax", "checkpoint", "body cameras", "patrol cars", "crime lab", "evidence room", "stormwater pumps", "culvert", "footbridge",
  "skate park", "dog park", "senior center", "youth center", "recreation center", "bus shelters", "train station", "transit center",
  "parking lot", "sports complex", "soccer fields", "amphitheater", "fairgrounds", "theater", "armory", "water tower", "treatment plant",
  "pumping station", "incinerator", "recycling center", "compost facility", "flood gates", "tide gates", "jetty", "breakwater", "boat ramp",
  "ferry terminal", "cruise terminal", "toll plaza", "weigh station", "rest area", "bypass", "frontage road", "beltway", "light rail line",
  "streetcar line", "bike share", "parking meters", "red-light cameras", "police substation", "training academy", "shooting range",
  "animal shelter", "county morgue", "public housing", "tiny homes", "warming center", "cooling center", "soup kitchen", "day care center",
  "dialysis center", "maternity ward", "trauma center", "helipad", "fishing pier", "lock and dam", "grain elevator", "rail spur", "ice rink",
  "swimming pool", "tennis courts", "high school", "middle school", "science building", "student union", "bus fleet", "ambulance fleet",
];

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** AP style: March through July are never abbreviated. */
export const MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Verbs for headlines, present tense as headlines write them. */
export const HEADLINE_VERBS = ["approve", "reject", "delay vote on", "debate", "weigh", "back", "challenge", "expand", "cut", "halt", "question", "push for", "fight", "review", "unveil plan for", "vow to fix", "sue over", "study", "seek answers on", "rally around"];

/** Quotations are put together from these parts, with a topic phrase or a detail in the middle. */
export const QUOTE_OPENERS = ["We", "Our neighbors", "The families here", "People in this community", "Our staff", "The people I represent", "I", "Taxpayers", "Our members", "The workers", "Residents", "Parents"];
export const QUOTE_VERBS = ["have waited far too long for answers about", "cannot afford to ignore", "deserve real answers about", "will keep pushing for action on", "are deeply worried about", "never expected to see this much trouble over", "need a serious plan for", "have been asking for years about", "are not going to give up on", "want to be honest about", "were surprised by how fast things moved on", "feel left out of the decisions about"];
export const QUOTE_TAILS = ["", "", " and that is not going to change", " right now", " this year", ", plain and simple", " in this city", ", and people are tired of waiting", " before anything else"];

/** Lines that scraped pages carry around the article. */
export const NAV_LINES = ["Skip to main content", "Menu", "Search", "Sign In", "Subscribe", "Log in", "Home", "News", "Local", "Politics", "Weather", "Sports", "Opinion", "Watch Live"];
export const SHARE_LINES = ["Share this article", "SHARE", "Share This Story Facebook | Twitter | Email", "Share on Facebook Share on Twitter Share via Email", "Facebook\nTwitter\nEmail", "Print this article"];
export const AD_LINES = ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Continue reading the main story"];
export const FOOTER_LINES = [
  "Sign up for our newsletter",
  "Get the latest headlines delivered to your inbox every morning. Sign up for our newsletter.",
  "We use cookies to improve your experience on our site. By continuing, you agree to our Cookie Policy.",
  "This site uses cookies. Accept all cookies | Manage preferences",
  "Comments",
  "Join the conversation",
  "Terms of Use | Privacy Policy | Contact Us",
  "Report a typo",
  "Most Read",
  "Trending Now",
];
