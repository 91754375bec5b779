using System.Text.RegularExpressions;
using OpenData.Ingest.Formats;

namespace OpenData.Ingest.Reading;

/// <summary>
/// Splits a document into the commitments it makes, as a careful reader would: each bulleted or numbered item of
/// the löfte, and each "X lovar att ..." or "X ska ..." sentence outside the lists. Reads each list by what leads
/// into it: "Polisen lovar att:", "Det här ska vi göra:" and "Aktiviteter" lead promises; "Syftet är", "prioriterade
/// områden", "Fokusområden" lead aims and focus areas, which are not promises; a list of aims above a list of
/// activities is the aims. Nested items are the parent's details (merged into it) where the parent is concrete or
/// its sentence runs on into them, and promises of their own where the parent is a focus area or a lead ("Polisen och
/// kommunen skall tillsammans"). A paragraph that explains an item belongs to it; a goal sentence followed by "Detta
/// gör vi genom att:" is not a promise; quotations, links and the sections about medborgarlöften in general are not.
/// </summary>
public sealed partial class PromiseSplitter(ActorDetector actors, OverallPurpose purpose)
{
    private enum LeadKind
    {
        Neutral,
        Promise,
        Activity,
        Focus,
    }

    /// <summary>A run of list items (with the paragraphs that explain them) and what leads into it.</summary>
    private sealed record ListRun(int Start, List<(TextBlock Item, List<string> Notes)> Items, string? Lead, LeadKind Kind, bool ActorLed, bool InActivitySection, List<string> Context);

    /// <param name="input">The document's blocks, without its title.</param>
    /// <param name="report">The document reports on a löfte: its sentences tell what was done, only its lists can quote promises.</param>
    public IReadOnlyList<PromiseCandidate> Split(IReadOnlyList<TextBlock> input, bool report = false)
    {
        var blocks = ImplicitItems(input);
        var boilerplate = BoilerplateSections(blocks);
        var runs = ListRuns(blocks, BoilerplateSections(blocks, goalsToo: false));
        var found = new List<(int At, PromiseCandidate Candidate)>();
        var explanations = new HashSet<string>(StringComparer.Ordinal);
        var fromLists = FromLists(blocks, runs, explanations).ToList();
        found.AddRange(fromLists);
        if (!report)
        {
            var promisingLists = runs.Where(r => fromLists.Any(f => f.At >= r.Start && f.At < r.Start + r.Items.Count)).Select(r => r.Start).ToHashSet();
            found.AddRange(FromSentences(blocks, boilerplate, explanations, promisingLists));
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return found.OrderBy(f => f.At).Select(f => f.Candidate).Where(c => seen.Add(Key(c.Text))).ToList();
    }

    /// <summary>The promises of the lists that lead to promises, and the paragraphs those lists took in as explanations.</summary>
    private IEnumerable<(int At, PromiseCandidate Candidate)> FromLists(IReadOnlyList<TextBlock> blocks, List<ListRun> runs, HashSet<string> explanations)
    {
        var dashesQuote = blocks.Any(b => b.Kind == BlockKind.ListItem && b.IsDashed && Quotation().IsMatch(b.Text));
        var firstActivity = runs.FirstOrDefault(r => r.Kind == LeadKind.Activity || r.InActivitySection)?.Start ?? int.MaxValue;
        foreach (var listed in runs)
        {
            var run = WithoutQuotations(listed, dashesQuote);
            if (run.Items.Count == 0)
            {
                continue;
            }
            if (run.Lead is { } lead && run.Items.All(i => Words(i.Item.Text) <= 3 && !i.Item.Text.TrimEnd().EndsWith('.')) &&
                !LeadsMeans(lead) && IsPromiseSentence(lead.TrimEnd(':', ' ')))
            {
                // "Polisen lovar att öka närvaron i följande områden:" over "Centrum", "Norrby": one promise. Not a lead
                // into means or actions ("... genom:", "lovar att:"), whose short items are promises of their own.
                var text = lead.TrimEnd() + " " + string.Join(", ", run.Items.Select(i => i.Item.Text));
                yield return (run.Start, new PromiseCandidate(text, run.Context.Skip(1).ToList()));
                continue;
            }
            var aims = run.Start < firstActivity && firstActivity != int.MaxValue && !run.ActorLed && !EndsInModal(run.Lead) &&
                       run.Kind is LeadKind.Neutral or LeadKind.Promise && !run.InActivitySection && !MostlyOwnSubjects(run);
            var slight = run.Kind == LeadKind.Neutral && !run.ActorLed && run.Items.All(i => Words(i.Item.Text) <= 3);
            if (run.Kind == LeadKind.Focus && run.Lead is { } goals && GoalLead().IsMatch(goals))
            {
                // "Det här ska vi åstadkomma" over "Genomföra medborgardialoger ...": the form of each item decides.
                foreach (var (item, at) in run.Items.Select((x, k) => (x, k)).Where(x => x.x.Item.Level == run.Items.Min(i => i.Item.Level) && IsAction(x.x.Item.Text)))
                {
                    yield return (run.Start + at, new PromiseCandidate(string.Join(' ', new[] { item.Item.Text }.Concat(item.Notes)), run.Context));
                }
                continue;
            }
            if (run.Kind == LeadKind.Focus || aims || slight)
            {
                continue; // its explaining paragraphs are read as paragraphs
            }
            foreach (var promise in Promises(run))
            {
                yield return promise;
            }
            foreach (var (_, notes) in run.Items)
            {
                explanations.UnionWith(notes);
            }
        }
    }

    /// <summary>
    /// Quotations set as list items ("– Vi har ..., säger X") are no items, nor are the dashed items beside them or,
    /// where the page quotes with dashes, any dashed item not led by a party.
    /// </summary>
    private static ListRun WithoutQuotations(ListRun run, bool dashesQuote)
    {
        if (run.ActorLed)
        {
            return run;
        }
        var quotes = run.Items.Any(i => Quotation().IsMatch(i.Item.Text));
        return run with { Items = run.Items.Where(i => !Quotation().IsMatch(i.Item.Text) && !(i.Item.IsDashed && (quotes || dashesQuote))).ToList() };
    }

    /// <summary>
    /// "X lovar att ..." and "X ska ..." sentences in paragraphs that are not goals, quotations or general text, nor
    /// the focus area that the promising list right below them spells out ("För att minska efterfrågan ska kommunen och
    /// polisen arbeta för att öka kunskapen" over "• Kommunen ska ge information om ...").
    /// </summary>
    private IEnumerable<(int At, PromiseCandidate Candidate)> FromSentences(IReadOnlyList<TextBlock> blocks, bool[] boilerplate, HashSet<string> explanations, HashSet<int> promisingLists)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != BlockKind.Paragraph || boilerplate[i] || explanations.Contains(block.Text) || IsLead(block.Text) ||
                Quotation().IsMatch(block.Text) || block.Text.StartsWith('"') || block.Text.StartsWith('”') || LeadsToActivities(blocks, i) ||
                promisingLists.Contains(i + 1))
            {
                continue;
            }
            foreach (var sentence in Sentences.Split(block.Text).Where(IsPromiseSentence))
            {
                yield return (i, new PromiseCandidate(sentence, HeadingBefore(blocks, i) is { } h ? [h] : []));
            }
        }
    }

    /// <summary>Most items name who commits ("Polisen ska ..."): promises whatever leads them.</summary>
    private bool MostlyOwnSubjects(ListRun run) =>
        run.Items.Count(i => actors.SubjectParties(i.Item.Text).Count > 0) * 2 > run.Items.Count;

    /// <summary>The promises of one list, in order, its nested items read by what their parent is.</summary>
    private IEnumerable<(int At, PromiseCandidate Candidate)> Promises(ListRun run)
    {
        var items = run.Items;
        var top = items.Min(i => i.Item.Level);
        var context = run.Context;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Item.Level != top)
            {
                continue;
            }
            var end = i + 1;
            while (end < items.Count && items[end].Item.Level > top)
            {
                end++;
            }
            if (end == i + 1 && IsLead(items[i].Item.Text))
            {
                context = [items[i].Item.Text, .. run.Context]; // "• Polisen ska:" inside the list leads the items after it
                continue;
            }
            // Under a lead that promises, a one-word item ("Trygghetsvandringar") is an activity; elsewhere it is a label.
            var minWords = run.ActorLed || run.Kind is LeadKind.Promise or LeadKind.Activity ? 1 : 2;
            foreach (var candidate in Item(items, i, end, context, minWords))
            {
                yield return (run.Start + i, candidate);
            }
        }
    }

    /// <summary>Item <paramref name="at"/> with its descendants (up to <paramref name="end"/>).</summary>
    private IEnumerable<PromiseCandidate> Item(List<(TextBlock Item, List<string> Notes)> items, int at, int end, List<string> context, int minWords)
    {
        var (item, notes) = items[at];
        var text = string.Join(' ', new[] { item.Text }.Concat(notes));
        if (end == at + 1)
        {
            if (IsCommitment(item.Text, minWords) && !Wish().IsMatch(item.Text) && !purpose.IsUmbrella(item.Text) && !SwedishTense.IsReportedDone(item.Text) && !FocusOnly().IsMatch(item.Text))
            {
                yield return new PromiseCandidate(text, context);
            }
            yield break;
        }
        var childLevel = items[(at + 1)..end].Min(c => c.Item.Level);
        var children = Enumerable.Range(at + 1, end - at - 1).Where(k => items[k].Item.Level == childLevel).ToList();
        if (actors.HeadingParties(item.Text).Count == 0 && !item.Text.TrimEnd().EndsWith(':') &&
            (RunsOn(item.Text) || TargetParser.Parse(item.Text).Count > 0 || children.All(k => Words(items[k].Item.Text) <= 3)))
        {
            // The children are the parent's details or the end of its sentence: one promise.
            var details = items[(at + 1)..end].SelectMany(c => new[] { c.Item.Text }.Concat(c.Notes));
            yield return new PromiseCandidate(string.Join(' ', new[] { text }.Concat(details)), context);
            yield break;
        }
        // The parent leads (a focus area, "Polisen och kommunen skall tillsammans"): each child is a promise.
        List<string> childContext = [item.Text, .. context];
        for (var k = 0; k < children.Count; k++)
        {
            var childEnd = k + 1 < children.Count ? children[k + 1] : end;
            foreach (var candidate in Item(items, children[k], childEnd, childContext, minWords))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Groups list items into runs, with the paragraphs that sit between items of one list.</summary>
    private List<ListRun> ListRuns(IReadOnlyList<TextBlock> blocks, bool[] boilerplate)
    {
        var runs = new List<ListRun>();
        var inActivities = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Heading)
            {
                if (boilerplate[i])
                {
                    inActivities = false;
                }
                else if (ActivityLead().IsMatch(block.Text))
                {
                    inActivities = true;
                }
            }
            if (block.Kind != BlockKind.ListItem || boilerplate[i])
            {
                continue;
            }
            var start = i;
            var items = new List<(TextBlock, List<string>)>();
            while (i < blocks.Count)
            {
                if (blocks[i].Kind == BlockKind.ListItem)
                {
                    items.Add((blocks[i], []));
                    i++;
                    continue;
                }
                // Paragraphs between two items of the list explain the item above them.
                var next = i;
                while (next < blocks.Count && next - i < 3 && blocks[next].Kind == BlockKind.Paragraph && !IsLead(blocks[next].Text))
                {
                    next++;
                }
                if (next > i && next < blocks.Count && blocks[next].Kind == BlockKind.ListItem && blocks[next].Level >= items[0].Item1.Level)
                {
                    items[^1].Item2.AddRange(blocks.Skip(i).Take(next - i).Select(b => b.Text));
                    i = next;
                    continue;
                }
                break;
            }
            i--;
            var (lead, goal) = LeadOf(blocks, start);
            var heading = HeadingBefore(blocks, start);
            var kind = lead is null ? LeadKind.Neutral : Classify(lead);
            var actorLed = lead is not null && (actors.HeadingParties(lead).Count > 0 || Sentences.Split(lead).Take(2).Any(s => actors.SubjectParties(s).Count > 0));
            var context = new[] { lead, goal, heading }.OfType<string>().Distinct().ToList();
            var run = new ListRun(start, items, lead, kind, actorLed && kind != LeadKind.Focus, inActivities, context);
            if (kind == LeadKind.Focus && MostlyOwnSubjects(run))
            {
                run = run with { Kind = LeadKind.Promise }; // "Fokusområden:" over "Polisen ska ..." items: the items commit all the same
            }
            runs.Add(run);
        }
        return runs;
    }

    /// <summary>
    /// What leads into the list at <paramref name="start"/>: the paragraph right above it where that one announces
    /// the list (ends in ":", "följande"), else the heading above; and the goal sentence above a lead that names no one.
    /// </summary>
    private static (string? Lead, string? Goal) LeadOf(IReadOnlyList<TextBlock> blocks, int start)
    {
        if (start == 0)
        {
            return (null, null);
        }
        var above = blocks[start - 1];
        if (above.Kind == BlockKind.ListItem)
        {
            return (null, null);
        }
        if (above.Kind == BlockKind.Heading || IsLead(above.Text) || Announces().IsMatch(above.Text))
        {
            var goal = start >= 2 && blocks[start - 2].Kind == BlockKind.Paragraph ? blocks[start - 2].Text : null;
            return (above.Text, goal);
        }
        return (HeadingBefore(blocks, start), null);
    }

    private static LeadKind Classify(string lead)
    {
        if (MeansLead().IsMatch(lead))
        {
            return LeadKind.Activity; // "... arbeta mot de prioriterade områdena genom:" leads the means, whatever it names before
        }
        if (FocusLead().IsMatch(lead))
        {
            return LeadKind.Focus;
        }
        if (ActivityLead().IsMatch(lead))
        {
            return LeadKind.Activity;
        }
        return PromiseLead().IsMatch(lead) ? LeadKind.Promise : LeadKind.Neutral;
    }

    /// <summary>Whether the paragraph at <paramref name="i"/> is the goal that a following lead ("Detta gör vi genom att:") spells out.</summary>
    private static bool LeadsToActivities(IReadOnlyList<TextBlock> blocks, int i)
    {
        for (var k = i + 1; k < blocks.Count && k <= i + 3; k++)
        {
            if (blocks[k].Kind == BlockKind.ListItem)
            {
                return false;
            }
            if (IsLead(blocks[k].Text))
            {
                return !FocusLead().IsMatch(blocks[k].Text); // "Målet är att:" lists outcomes, not the activities
            }
            if (blocks[k].Kind == BlockKind.Heading)
            {
                return false;
            }
        }
        return false;
    }

    private bool IsPromiseSentence(string sentence) =>
        sentence.Length >= 20 && !sentence.EndsWith('?') && CommitmentVerb().IsMatch(sentence) && !Reported().IsMatch(sentence) && !Wish().IsMatch(sentence) &&
        actors.SubjectParties(sentence).Count > 0 && !purpose.IsUmbrella(sentence);

    /// <summary>A lead whose sentence the items finish after its modal ("För att öka trafiksäkerheten kommer;" / "• Polisen att ...").</summary>
    private static bool EndsInModal(string? lead)
    {
        if (lead is null)
        {
            return false;
        }
        var t = lead.TrimEnd(':', ';', ' ', '…', '.');
        var last = t[(t.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return last is "kommer" or "ska" or "skall" or "lovar" or "att" && IsLead(lead);
    }

    /// <summary>
    /// An item that names an action rather than an outcome: a verb of doing first ("Genomföra medborgardialoger",
    /// "Återkommande kommunicera en lägesbild"), or a party that commits ("Polisen ska ..."); not "Ökad trygghet",
    /// "Minska antalet anmälda misshandel", "Fler ska känna sig trygga".
    /// </summary>
    private bool IsAction(string text)
    {
        if (actors.SubjectParties(text).Count > 0 && CommitmentVerb().IsMatch(text) && !Wish().IsMatch(text))
        {
            return true;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(w => w.Trim(',', '.', ':').ToLowerInvariant()).ToList();
        var verb = words.Count > 1 && MannerWords.Contains(words[0]) ? words[1] : words.FirstOrDefault() ?? "";
        // Most infinitives end in -a; so do adjectives and plural nouns, whose endings are told apart here.
        return verb.Length > 3 && verb.EndsWith('a') && !OutcomeVerbs.Contains(verb) && !AdjectiveOrNoun().IsMatch(verb) && IsCommitment(text, 2);
    }

    /// <summary>Adverbs that may stand before the verb of an action item ("Återkommande kommunicera ...").</summary>
    private static readonly HashSet<string> MannerWords = ["återkommande", "regelbundet", "löpande", "kontinuerligt", "aktivt", "gemensamt", "tillsammans", "fortsatt", "fortsätta", "systematiskt", "tidigt"];

    /// <summary>Verbs that state an outcome rather than an action ("Minska antalet inbrott", "Öka tryggheten").</summary>
    private static readonly HashSet<string> OutcomeVerbs = ["minska", "öka", "höja", "sänka", "bli", "vara", "ha", "få", "känna", "uppleva", "upplevas", "nå", "uppnå", "trygga", "säkra", "fler", "färre"];

    /// <summary>A lead into the means or actions of a commitment ("... genom:", "Polisen lovar att:"), not into places.</summary>
    private static bool LeadsMeans(string lead)
    {
        var t = lead.TrimEnd(':', ';', ' ', '.', '…');
        var last = t[(t.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return last is "genom" or "att" or "med" or "för" or "och" or "ska" or "skall" or "lovar" or "kommer" or "vi" or "bland" or "annat";
    }

    /// <summary>
    /// Sections about medborgarlöften in general, background, aims and contacts: nothing in them is a promise. A
    /// section runs from its heading to the next heading.
    /// </summary>
    /// <param name="blocks">The document's blocks.</param>
    /// <param name="goalsToo">Whether sections of goals and effects ("Det här ska vi åstadkomma") count: their
    /// paragraphs are goals, while their lists are read item by item.</param>
    private static bool[] BoilerplateSections(IReadOnlyList<TextBlock> blocks, bool goalsToo = true)
    {
        var flags = new bool[blocks.Count];
        var inside = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading && !IsLead(blocks[i].Text))
            {
                var name = blocks[i].Text.Trim().TrimEnd(':', '?', '.', '!', ' ');
                inside = Boilerplate().IsMatch(name) && (goalsToo || !GoalLead().IsMatch(name));
            }
            flags[i] = inside;
        }
        return flags;
    }

    /// <summary>
    /// Paragraphs right below a lead that ends in ":" and that continue its sentence in lower case ("Polisen lovar
    /// att:" / "genomföra ..." / "besöka ..."): items whose bullets the page never had. And the other way round, an
    /// item that only names a general section ("• Bakgrund") is that section's heading.
    /// </summary>
    private static IReadOnlyList<TextBlock> ImplicitItems(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count);
        var afterLead = false;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.ListItem && Boilerplate().IsMatch(block.Text.Trim().TrimEnd(':', ' ')))
            {
                // "• Bakgrund" over a paragraph: a section's heading set as a bullet, not an item.
                result.Add(block with { Kind = BlockKind.Heading, Marker = null, Level = 0 });
                afterLead = false;
                continue;
            }
            if (afterLead && block.Kind == BlockKind.Paragraph && block.Text.Length > 0 && char.IsLower(block.Text[0]))
            {
                result.Add(block with { Kind = BlockKind.ListItem, Marker = "" });
                continue;
            }
            afterLead = block.Kind != BlockKind.ListItem && IsLead(block.Text) && !FocusLead().IsMatch(block.Text);
            result.Add(block);
        }
        return result;
    }

    private static string? HeadingBefore(IReadOnlyList<TextBlock> blocks, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (blocks[k].Kind == BlockKind.Heading)
            {
                return blocks[k].Text;
            }
        }
        return null;
    }

    private static bool IsLead(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith(':') || t.EndsWith(';') || t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…');
    }

    /// <summary>An item that commits to something: not a link, a file, or (where nothing leads it) a lone word.</summary>
    private static bool IsCommitment(string text, int minWords) =>
        Words(text) >= minWords && text.Any(char.IsLetter) && !LinkLike().IsMatch(text) && !Quotation().IsMatch(text);

    /// <summary>An item whose sentence runs on into its sub-items ("... i centralorterna genom").</summary>
    private static bool RunsOn(string text)
    {
        var t = text.TrimEnd();
        if (t.EndsWith(',') || t.EndsWith('-'))
        {
            return true;
        }
        var last = t[(t.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return last is "genom" or "med" or "att" or "för" or "som" or "och" or "samt" or "i" or "på" or "av" or "till" or "mot" or "kring" or
            "inom" or "vid" or "exempelvis" or "såsom" or "t.ex." or "bl.a." or "annat" or "bland" or "där" or "både";
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Key(string text) => NotLetterOrDigit().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\d]+")]
    private static partial Regex NotLetterOrDigit();

    // Leads into a list of aims or focus areas ("Fokusområden", "prioriterade områden:", "Syftet är"); not "Fokusområde:
    // Trafik", which names one area and leads its activities.
    [GeneratedRegex(@"(?i)^(syfte|syftet|målet|målen|mål\b|bakgrund|problem(?!område\s*\d*\s*:\s*\S)|prioriter(?!at\s+område\s*\d*\s*:\s*\S)|utmaning|effekter\b)|prioriterade\s+(områden|frågor|problem)|fokusområden|fokusorn?råden|fokusornrad|inriktning\s+på|problemområden|problembild|följande\s+områden|\bområden\s*:$|utgår\s+(från|ifrån)|syftar\s+till|medborgarlöften\s+ska\s*:|medborgarlöften\s+(handlar|är)|övergripande\s+mål|\bmål(en)?\s*[:;]$|inrikta\w*\s+sig\s+på|\bett\s+problemområde|åstadkomma\b")]
    private static partial Regex FocusLead();

    /// <summary>A wish, which is a goal: "Vi vill minska antalet våldsbrott", "Vi vill att centrum ska uppfattas som tryggt".</summary>
    [GeneratedRegex(@"(?i)^(\p{L}+\s+){0,4}?vill\s+(minska|öka|att|se|skapa|förbättra|stärka|höja|uppnå|bidra|få|ha|vara|göra)\b")]
    private static partial Regex Wish();

    [GeneratedRegex(@"(iga|liga|ska|rna)$")]
    private static partial Regex AdjectiveOrNoun();

    /// <summary>Headings and leads of goals and effects, whose lists may still hold actions.</summary>
    [GeneratedRegex(@"(?i)åstadkomma\b|effekter\b")]
    private static partial Regex GoalLead();

    /// <summary>An item that only names what the löfte focuses on ("fokus på narkotika, trygghet och trafiksäkerhet").</summary>
    [GeneratedRegex(@"(?i)^(med\s+)?(särskilt\s+)?fokus(et)?\s+(ligger\s+)?(är\s+|på\s+)|^fokusområden?\b")]
    private static partial Regex FocusOnly();

    [GeneratedRegex(@"(?i)aktivitet|åtgärd|insatser\s*:?$|ska\s+vi\s+göra|gör\s+vi|vi\s+gör|genom\s+att\s*:?$|genom\s+följande|detta\s+ska\s+ske|ska\s+åstadkommas|så\s+här\s+ska|så\s+ska\s+vi|följande\s+ska\s+genomföras|kommer\s+vi\s+att|konkreta\s+(åtgärder|insatser)")]
    private static partial Regex ActivityLead();

    [GeneratedRegex(@"(?i)\bgenom(\s+att)?\s*:$")]
    private static partial Regex MeansLead();

    [GeneratedRegex(@"(?i)lovar|löfte|löften|åtar|ska\s*:?$|skall\s*:?$|kommer\s+att\s*:?$|ansvarar|punkter|följande\s+åtaganden")]
    private static partial Regex PromiseLead();

    [GeneratedRegex(@"(?i)\b(följande|nedan|nedanstående)\b")]
    private static partial Regex Announces();

    [GeneratedRegex(@"(?i)^(vad\s+är\s+(ett\s+)?medborgarlöften?|om\s+medborgarlöften?|vad\s+är\s+.*|bakgrund|syfte|syftet|lägesbild(en)?|gemensam\s+lägesbild|lokal\s+lägesbild|problembild(en)?|problemområden|orsaksanalys|kontakt|kontakta\s+oss|kontaktperson(er)?|för\s+frågor.*|dokument|relaterat|relaterade\s+sidor|läs\s+(också|mer).*|mer\s+information|uppföljning(en)?|tid|avtalsperiod|giltighetstid|period|skriver\s+under|medborgarlöften\s+och\s+lokal\s?samverkan|så\s+(arbetar|jobbar)\s+vi.*|det\s+här\s+ska\s+vi\s+åstadkomma.*|förväntade\s+effekter|effekter|följ\s+med\s+i\s+hur\s+det\s+går.*|underlag|analys|medborgardialog.*|ta\s+del\s+av.*|länkar|pressmeddelande.*|citat.*)$")]
    private static partial Regex Boilerplate();

    /// <summary>News opens quotations with a dash ("– Vi har sedan tidigare ..., säger X"): a quote, not an item.</summary>
    [GeneratedRegex(@"[,.!?–-]\s*(säger|sa|menar|konstaterar|berättar|förklarar|avslutar|understryker|poängterar)\s+\p{Lu}|\bsäger\s+\p{Lu}\p{Ll}+\s+\p{Lu}")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"(?i)\b(pdf|kb|mb)\b.*$|öppnas i nytt fönster|^(läs|se)\s+(mer|hela)\b|^https?://|www\.")]
    private static partial Regex LinkLike();

    [GeneratedRegex(@"(?i)\b(lovar|ska|skall|kommer\s+(\w+\s+){0,2}att|åtar\s+sig|ansvarar\s+för)\b")]
    private static partial Regex CommitmentVerb();

    /// <summary>What was done, said or signed, rather than promised.</summary>
    [GeneratedRegex(@"(?i)\b(har\s+lovat|lovade|har\s+(tagit|arbetat|kommit|tecknat|undertecknat|skrivit|genomfört)|skulle)\b")]
    private static partial Regex Reported();
}

/// <summary>A commitment's text, and the leads and headings it stands under (nearest first), which may say who promises.</summary>
public sealed record PromiseCandidate(string Text, IReadOnlyList<string> Context);
