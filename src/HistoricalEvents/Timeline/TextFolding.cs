namespace HistoricalEvents.Timelines;

/// <summary>
/// Folding for search without a culture: lower case, and the base letter of a letter with diacritics. The library
/// runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose, so the letters are
/// mapped from a table: Latin-1 Supplement, Latin Extended-A and -B, Greek and Coptic, Latin Extended Additional and
/// Greek Extended, each letter whose canonical decomposition (NFD) is a base letter plus combining marks, mapped to
/// that base letter in lower case (generated with Python's <c>unicodedata</c>, Unicode 15), plus letters whose stroke
/// or bar is not a combining mark: <c>ø ł đ ħ ı ŧ ƀ ɨ ƶ ǥ</c>. Combining marks written separately are dropped.
/// </summary>
internal static class TextFolding
{
    private const string Pairs =
        ""
        + "ÀaÁaÂaÃaÄaÅaÇcÈeÉeÊeËeÌiÍiÎiÏiÑnÒoÓoÔoÕoÖoØoÙuÚuÛuÜuÝyàaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöo"
        + "øoùuúuûuüuýyÿyĀaāaĂaăaĄaąaĆcćcĈcĉcĊcċcČcčcĎdďdĐdđdĒeēeĔeĕeĖeėeĘeęeĚeěeĜgĝgĞgğgĠgġgĢgģgĤhĥhĦhħhĨi"
        + "ĩiĪiīiĬiĭiĮiįiİiıiĴjĵjĶkķkĹlĺlĻlļlĽlľlŁlłlŃnńnŅnņnŇnňnŌoōoŎoŏoŐoőoŔrŕrŖrŗrŘrřrŚsśsŜsŝsŞsşsŠsšsŢt"
        + "ţtŤtťtŦtŧtŨuũuŪuūuŬuŭuŮuůuŰuűuŲuųuŴwŵwŶyŷyŸyŹzźzŻzżzŽzžzƀbƠoơoƯuưuƵzƶzǍaǎaǏiǐiǑoǒoǓuǔuǕuǖuǗuǘuǙu"
        + "ǚuǛuǜuǞaǟaǠaǡaǢæǣæǤgǥgǦgǧgǨkǩkǪoǫoǬoǭoǮʒǯʒǰjǴgǵgǸnǹnǺaǻaǼæǽæǾøǿøȀaȁaȂaȃaȄeȅeȆeȇeȈiȉiȊiȋiȌoȍoȎoȏo"
        + "ȐrȑrȒrȓrȔuȕuȖuȗuȘsșsȚtțtȞhȟhȦaȧaȨeȩeȪoȫoȬoȭoȮoȯoȰoȱoȲyȳyʹʹ;;΅¨Άα··ΈεΉηΊιΌοΎυΏωΐιΪιΫυάαέεήηίιΰυϊι"
        + "ϋυόούυώωϓϒϔϒḀaḁaḂbḃbḄbḅbḆbḇbḈcḉcḊdḋdḌdḍdḎdḏdḐdḑdḒdḓdḔeḕeḖeḗeḘeḙeḚeḛeḜeḝeḞfḟfḠgḡgḢhḣhḤhḥhḦhḧhḨhḩh"
        + "ḪhḫhḬiḭiḮiḯiḰkḱkḲkḳkḴkḵkḶlḷlḸlḹlḺlḻlḼlḽlḾmḿmṀmṁmṂmṃmṄnṅnṆnṇnṈnṉnṊnṋnṌoṍoṎoṏoṐoṑoṒoṓoṔpṕpṖpṗpṘrṙr"
        + "ṚrṛrṜrṝrṞrṟrṠsṡsṢsṣsṤsṥsṦsṧsṨsṩsṪtṫtṬtṭtṮtṯtṰtṱtṲuṳuṴuṵuṶuṷuṸuṹuṺuṻuṼvṽvṾvṿvẀwẁwẂwẃwẄwẅwẆwẇwẈwẉw"
        + "ẊxẋxẌxẍxẎyẏyẐzẑzẒzẓzẔzẕzẖhẗtẘwẙyẛſẠaạaẢaảaẤaấaẦaầaẨaẩaẪaẫaẬaậaẮaắaẰaằaẲaẳaẴaẵaẶaặaẸeẹeẺeẻeẼeẽeẾe"
        + "ếeỀeềeỂeểeỄeễeỆeệeỈiỉiỊiịiỌoọoỎoỏoỐoốoỒoồoỔoổoỖoỗoỘoộoỚoớoỜoờoỞoởoỠoỡoỢoợoỤuụuỦuủuỨuứuỪuừuỬuửuỮu"
        + "ữuỰuựuỲyỳyỴyỵyỶyỷyỸyỹyἀαἁαἂαἃαἄαἅαἆαἇαἈαἉαἊαἋαἌαἍαἎαἏαἐεἑεἒεἓεἔεἕεἘεἙεἚεἛεἜεἝεἠηἡηἢηἣηἤηἥηἦηἧηἨη"
        + "ἩηἪηἫηἬηἭηἮηἯηἰιἱιἲιἳιἴιἵιἶιἷιἸιἹιἺιἻιἼιἽιἾιἿιὀοὁοὂοὃοὄοὅοὈοὉοὊοὋοὌοὍοὐυὑυὒυὓυὔυὕυὖυὗυὙυὛυὝυὟυὠω"
        + "ὡωὢωὣωὤωὥωὦωὧωὨωὩωὪωὫωὬωὭωὮωὯωὰαάαὲεέεὴηήηὶιίιὸοόοὺυύυὼωώωᾀαᾁαᾂαᾃαᾄαᾅαᾆαᾇαᾈαᾉαᾊαᾋαᾌαᾍαᾎαᾏαᾐηᾑηᾒη"
        + "ᾓηᾔηᾕηᾖηᾗηᾘηᾙηᾚηᾛηᾜηᾝηᾞηᾟηᾠωᾡωᾢωᾣωᾤωᾥωᾦωᾧωᾨωᾩωᾪωᾫωᾬωᾭωᾮωᾯωᾰαᾱαᾲαᾳαᾴαᾶαᾷαᾸαᾹαᾺαΆαᾼαιι῁¨ῂηῃηῄηῆηῇη"
        + "ῈεΈεῊηΉηῌη῍᾿῎᾿῏᾿ῐιῑιῒιΐιῖιῗιῘιῙιῚιΊι῝῾῞῾῟῾ῠυῡυῢυΰυῤρῥρῦυῧυῨυῩυῪυΎυῬρ῭¨΅¨``ῲωῳωῴωῶωῷωῸοΌοῺωΏωῼω´´";

    private static readonly char[] Map = BuildMap();

    private static char[] BuildMap()
    {
        char[] map = new char[0x2000];
        for (int i = 0; i < Pairs.Length; i += 2)
        {
            map[Pairs[i]] = Pairs[i + 1];
        }
        return map;
    }

    /// <summary>The folded form of one character: 0 for a combining mark (dropped), else its lower-case base letter.</summary>
    internal static char Fold(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }
        if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)
        {
            return '\0';
        }
        char lower = char.ToLowerInvariant(c);
        return lower < Map.Length && Map[lower] != 0 ? Map[lower] : c < Map.Length && Map[c] != 0 ? Map[c] : lower;
    }
}
