using OpenData.Ingest.Tests.Fixtures;

using OpenData.Ingest.Reading;

using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Tests.Reading;

public class PromiseSplitterTests
{
    private static List<string> Texts(string text) => TestReading.Promises(text).Select(p => p.Text).ToList();

    [Fact]
    public void Each_item_under_a_lead_is_a_promise_and_the_lead_is_its_context()
    {
        var promises = TestReading.Promises("Kommunen ska:\n • kalla till samverkansmöten\n • sanera klotter inom två dygn\n\nPolisen ansvarar för att:\n • synas i centrum på helger\n");
        Assert.Equal(["kalla till samverkansmöten", "sanera klotter inom två dygn", "synas i centrum på helger"], promises.Select(p => p.Text));
        Assert.Equal("Polisen ansvarar för att:", promises[2].Context[0]);
    }

    [Fact]
    public void A_list_of_focus_areas_is_not_promises_but_the_activities_under_one_named_area_are()
    {
        var texts = Texts("""
            Medborgarlöftet utgår från två prioriterade områden:
              • Trafik och ordning
              • Narkotika bland unga

            Fokusområde 1: Trafik
            1. Polisen ska genomföra hastighetskontroller vid skolorna varje vecka.
            2. Kommunen ska se över trafikmiljön vid Örnaskolan.
            """);
        Assert.Equal(["Polisen ska genomföra hastighetskontroller vid skolorna varje vecka.", "Kommunen ska se över trafikmiljön vid Örnaskolan."], texts);
    }

    [Fact]
    public void Aims_listed_above_the_activities_are_the_aims()
    {
        var texts = Texts("""
            Medborgarlöften i Borgholm 2024
             • Skapa en tryggare hamn
             • Minska antalet stölder

            Det här ska vi göra:
             • Genomföra trygghetsvandringar i hamnen varje sommar.
             • Informera om stöldskydd för båtägare.
            """);
        Assert.Equal(["Genomföra trygghetsvandringar i hamnen varje sommar.", "Informera om stöldskydd för båtägare."], texts);
    }

    [Fact]
    public void Sub_items_are_promises_under_a_general_parent_and_details_under_a_concrete_one()
    {
        var texts = Texts("""
            Polisen och kommunen lovar att öka närvaron genom att:
             • Genomföra minst 3 medborgarmöten per år.
              • Mötena hålls på olika platser i kommunen.
             • Arbeta med synlighet och närvaro.
              • Vid 5 tillfällen per vecka genomföra fotpatrull.
              • Vid 10 tillfällen per år göra insatser mot lokala problem.
            """);
        Assert.Equal([
            "Genomföra minst 3 medborgarmöten per år. Mötena hålls på olika platser i kommunen.",
            "Vid 5 tillfällen per vecka genomföra fotpatrull.",
            "Vid 10 tillfällen per år göra insatser mot lokala problem.",
        ], texts);
    }

    [Fact]
    public void An_item_whose_sentence_runs_on_into_its_sub_items_is_one_promise_and_an_actor_lead_item_leads_them()
    {
        var promises = TestReading.Promises("""
            1. Polisen ska öka synligheten i tätorterna genom
            • trafikinsatser med fokus på nykterhet
            • fotpatruller i centrum
            2. Polisen och kommunen ska tillsammans
            • minska buskörningen med moped
            • förbättra belysningen vid stationen
            """);
        Assert.Equal([
            "Polisen ska öka synligheten i tätorterna genom trafikinsatser med fokus på nykterhet fotpatruller i centrum",
            "minska buskörningen med moped",
            "förbättra belysningen vid stationen",
        ], promises.Select(p => p.Text));
        Assert.Equal("Polisen och kommunen ska tillsammans", promises[1].Context[0]);
    }

    [Fact]
    public void A_paragraph_explaining_an_item_belongs_to_it()
    {
        var texts = Texts("""
            Polisen lovar att:
             • genomföra trafikkontroller vid skolorna.

            Kontrollerna sker under de första veckorna av varje termin.

             • delta i föräldramöten.
            """);
        Assert.Equal(["genomföra trafikkontroller vid skolorna. Kontrollerna sker under de första veckorna av varje termin.", "delta i föräldramöten."], texts);
    }

    [Fact]
    public void Lovar_att_sentences_are_promises_but_a_goal_spelled_out_by_a_lead_is_not()
    {
        var texts = Texts("""
            Polisen och kommunen lovar att arbeta för att centrum ska bli tryggare.

            Detta gör vi genom att:
             • öka närvaron på kvällar

            Trafik

            Polisen lovar att genomföra fler hastighetskontroller. Det är viktigt för alla. Kommunen ska bygga om korsningen vid torget.
            """);
        Assert.Equal(["öka närvaron på kvällar", "Polisen lovar att genomföra fler hastighetskontroller.", "Kommunen ska bygga om korsningen vid torget."], texts);
    }

    [Fact]
    public void Quotations_general_sections_and_links_are_not_promises()
    {
        var texts = Texts("""
            Nytt medborgarlöfte i Ånge

            – Vi lovar att fortsätta arbetet med trygghet i hela kommunen, säger Eva Lund, kommunalråd.

            – Det här är en viktig dag för oss alla.

            Vad är medborgarlöften?

            Medborgarlöften ska:
             • öka tryggheten i kommunen
             • förebygga brott i samverkan

            Polisen lovar att synas mer i Ånge centrum.

             • Läs hela medborgarlöftet (pdf, 230 kB)
            """);
        Assert.Empty(texts);
    }

    [Fact]
    public void Lines_continuing_a_lead_are_its_items_and_a_lead_inside_a_list_leads_what_follows()
    {
        var promises = TestReading.Promises("Vi lovar att:\n\nhålla ett öppet möte varje höst\nredovisa arbetet på webbplatsen\n\nKommunen ska:\n • kalla till möten\n • Polisen ska:\n • delta i föräldramöten\n");
        Assert.Equal(["hålla ett öppet möte varje höst", "redovisa arbetet på webbplatsen", "kalla till möten", "delta i föräldramöten"], promises.Select(p => p.Text));
        Assert.Equal("Polisen ska:", promises[3].Context[0]);
    }

    [Fact]
    public void The_same_promise_published_twice_is_one()
    {
        var texts = Texts("Polisen lovar att:\n • synas i centrum\n\nSammanfattning\n\nPolisen lovar att:\n • synas i centrum\n");
        Assert.Equal(["synas i centrum"], texts);
    }

    [Fact]
    public void A_report_of_what_was_done_promises_nothing_in_its_sentences()
    {
        var promises = new PromiseSplitter(TestReading.Actors, new OverallPurpose(TestReading.Places))
            .Split(PlainTextReader.ReadLines("Polisen ansvarar för fyra av dessa löften.\n\nPolisen har utfört 71 trafikkontroller."), report: true);
        Assert.Empty(promises);
    }

    [Fact]
    public void Promises_with_their_own_subjects_are_no_aims_even_above_activities()
    {
        var texts = Texts("Medborgarlöfte 2024\n • Polisen ska synas mer i centrum.\n • Kommunen ska rensa buskage.\n\nAktiviteter\n • Fotpatrullera varje fredag.\n");
        Assert.Equal(["Polisen ska synas mer i centrum.", "Kommunen ska rensa buskage.", "Fotpatrullera varje fredag."], texts);
    }

    [Fact]
    public void A_promising_lead_over_bare_names_is_one_promise_with_them()
    {
        var texts = Texts("Polisen lovar att öka närvaron i följande områden:\n • Centrum\n • Norrby\n • Hässleholmen\n");
        Assert.Equal(["Polisen lovar att öka närvaron i följande områden: Centrum, Norrby, Hässleholmen"], texts);
    }

    [Fact]
    public void A_section_name_set_as_a_bullet_is_a_heading_and_takes_nothing_from_the_last_item()
    {
        var texts = Texts("""
            Detta ska åstadkommas genom följande aktiviteter:

             • Kontakt och relationsskapande polisverksamhet.
             • Trygghetsvandringar på prioriterade platser.

            Åtgärderna baseras på vad som kommit fram i dialog med invånarna.

             • Bakgrund

            Medborgarlöften är en del av polisens styrmodell.
            """);
        Assert.Equal(["Kontakt och relationsskapande polisverksamhet.", "Trygghetsvandringar på prioriterade platser."], texts);
    }

    [Theory]
    [InlineData("Polisen tillsammans med Eskilstuna kommun ska verka för att göra Eskilstuna till en trygg och inkluderande kommun att bo, verka och leva i.")]
    [InlineData("Polisen och kommunen lovar att arbeta för att öka tryggheten och minska brottsligheten genom de aktiviteter som anges nedan.")]
    [InlineData("Under 2018 ska Malmöpolisen, Malmö stad och aktörer inom förenings- och näringslivet tillsammans arbeta för ökad trygghet i Malmö inom ramen för fyra nya medborgarlöften.")]
    public void A_sentence_of_the_overall_purpose_is_an_umbrella_not_a_promise(string umbrella) =>
        Assert.Empty(Texts(umbrella + "\n\nKontakta oss\n"));

    [Fact]
    public void A_named_problem_area_with_the_will_to_act_is_a_promise() =>
        Assert.Equal(["Polisen och kommunen lovar att arbeta för att minska våld i offentlig miljö."], Texts("Polisen och kommunen lovar att arbeta för att minska våld i offentlig miljö.\n"));

    [Fact]
    public void Aims_after_a_lead_that_ends_in_a_semicolon_are_aims()
    {
        var texts = Texts("""
            Det finns också en koppling till våra tre övergripande mål;

             • minska brottsligheten
             • skapa förutsättningar för hållbara levnadsvillkor

            Aktiviteter:
             • Polisen ska genomföra trafikkontroller vid skolorna.
            """);
        Assert.Equal(["Polisen ska genomföra trafikkontroller vid skolorna."], texts);
    }

    [Fact]
    public void A_paragraph_right_above_a_promising_list_is_its_focus_area()
    {
        var texts = Texts("""
            Förekomst av narkotika

            Förekomsten har ökat. För att minska efterfrågan ska Ljungby kommun och Polisen arbeta för att öka kunskapen och minska tillgången på droger.

             • Under året ska Ljungby kommun ge information om drogers skadeverkan för elever i årskurs 8.
             • Ljungby kommun ska fortsätta med de slumpvisa drogtesterna.
            """);
        Assert.Equal(["Under året ska Ljungby kommun ge information om drogers skadeverkan för elever i årskurs 8.", "Ljungby kommun ska fortsätta med de slumpvisa drogtesterna."], texts);
    }

    [Fact]
    public void Items_that_name_a_focus_or_report_what_was_done_are_no_promises()
    {
        var texts = Texts("""
            Medborgarlöften för år 2023-2024

              • fokus på narkotika, trygghet och trafiksäkerhet

            Polisen och kommunen lovar att:
             • genomföra trygghetsvandringar i centrum.
             • Belysningen i passagen har bytts ut och förbättrats.
            """);
        Assert.Equal(["genomföra trygghetsvandringar i centrum."], texts);
    }

    [Fact]
    public void Short_items_under_a_lead_into_means_are_promises_of_their_own()
    {
        var texts = Texts("""
            Det här ska vi göra
            Under 2020 kommer vi att arbeta mot de prioriterade områdena genom:

             • Operativa riktade insatser.
             • Samverkan med olika aktörer.
             • Kommunikationsinsatser.
            """);
        Assert.Equal(["Operativa riktade insatser.", "Samverkan med olika aktörer.", "Kommunikationsinsatser."], texts);
    }

    [Fact]
    public void Under_a_heading_of_what_to_achieve_the_actions_are_promises_and_the_outcomes_are_not()
    {
        var texts = Texts("""
            Det här ska vi åstadkomma tillsammans

            Ökad närvaro och trygghet i Oxhagen och Norrliden.

              • Genomföra medborgardialoger med olika målgrupper.
              • Förbättra dialogen med fastighetsägare i respektive område.
              • Återkommande kommunicera en samlad lägesbild.
              • Minskad brottslighet i centrum.
              • Minska antalet anmälda misshandel.
            """);
        Assert.Equal(["Genomföra medborgardialoger med olika målgrupper.", "Förbättra dialogen med fastighetsägare i respektive område.", "Återkommande kommunicera en samlad lägesbild."], texts);
    }

    [Fact]
    public void A_problem_area_with_the_will_to_act_stays_a_promise_above_a_list_of_goals()
    {
        var texts = Texts("""
            Polisen och kommunen lovar att arbeta för att minska våld i offentlig miljö.

            Målet är att:

              • Minska antalet anmälda misshandel i jämförelse mot 2018.
            """);
        Assert.Equal(["Polisen och kommunen lovar att arbeta för att minska våld i offentlig miljö."], texts);
    }

    [Fact]
    public void Wishes_are_goals_not_promises()
    {
        var texts = Texts("""
            Medborgarlöfte

             • Vi vill minska antalet våldsbrott i offentlig miljö.
             • Vi vill att centrum ska uppfattas som en trygg plats.
             • Polisen ska genomföra krogtillsyn varje månad.
            """);
        Assert.Equal(["Polisen ska genomföra krogtillsyn varje månad."], texts);
    }

    [Fact]
    public void Items_that_finish_a_lead_ending_in_kommer_are_promises_with_their_party()
    {
        var promises = TestReading.Promises("""
            Lokalpolisområdet och kommunen lovar att gemensamt arbeta för att öka tryggheten genom följande aktiviteter:

            För att öka trafiksäkerheten kommer;

              • Polisen att genomföra minst en trafikkontroll varje dygn i kommunen.

            I syfte att minska våld lovar polisen och kommunen att vidta åtgärder:

              • Kommunen kommer att genomföra två utbildningar för ansvarsfull alkoholservering.
            """);
        Assert.Equal(["Polisen att genomföra minst en trafikkontroll varje dygn i kommunen.", "Kommunen kommer att genomföra två utbildningar för ansvarsfull alkoholservering."], promises.Select(p => p.Text));
        Assert.Equal(["polis"], TestReading.Actors.Detect(promises[0].Text, promises[0].Context, ["polis", "kommun"]));
    }

    [Fact]
    public void An_umbrella_naming_the_lokalpolisomrade_and_the_focus_areas_is_still_an_umbrella()
    {
        Assert.Empty(Texts("Lokalpolisområde norra Lappland och Kiruna kommun lovar att gemensamt arbeta för att öka tryggheten och minska brottsligheten i kommunen genom aktiviteter som anges nedan.\n"));
        Assert.Empty(Texts("Polisen och Östersunds kommun lovar att arbeta för att öka tryggheten och minska brottsligheten utifrån de fokusområden som tillsammans tagits fram för kommunen.\n"));
    }
}
