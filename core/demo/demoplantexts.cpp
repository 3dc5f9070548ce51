#include "demo/demoplantexts.h"

namespace fremdrift {

namespace {

// Norwegian (bokmål): seed 000's plans with invented places, people and cases.
DemoPlanTexts norwegian()
{
    DemoPlanTexts t;
    t.marker = QStringLiteral("[Oppdiktet eksempeltekst]");
    t.plan1Title = QStringLiteral("Gjennomgang av %1 vedtak for brukere ved %2 og %3");
    t.plan2Title = QStringLiteral("Gjennomgang av %1 vedtak ved %2");
    t.plan3Title = QStringLiteral("Gjennomgang av øvrige vedtak for avdelingen, ca. %1");
    t.extraTitle = QStringLiteral("Gjennomgang av %1 vedtak ved %2 (plan %3)");
    t.goal = QStringLiteral("Dokumentere behovet for tjenester på alle livsområder i en ny "
                            "saksutredning, med brukerens ønsker og mål, og oppdatere vedtak og "
                            "tiltaksplaner.");
    t.plan1Status = QStringLiteral("Evalueringsmøtene er avholdt; nye vedtak sendes ut.");
    t.plan2Status = QStringLiteral("Forhåndsvarsler sendt; evalueringsmøter avtales.");
    t.plan3Status = QStringLiteral("Forventet oppstart %1.");
    t.taskPlanTitle = QStringLiteral("Enhetsleders fremdriftsplan: tildelingskriterier, maler og "
                                     "kompetanse");
    t.taskPlanGoal = QStringLiteral("Nye tildelingskriterier og ny tildelingspraksis med nye "
                                    "maler for saksutredning og vedtak.");
    t.taskPlanStatus = QStringLiteral("Kriteriene er vedtatt; malene er under arbeid.");
    t.tasks = {
        {QStringLiteral("Utarbeide nye tildelingskriterier og legge dem fram for helse- og "
                        "omsorgsutvalget og kommunestyret"),
         QStringLiteral("Enhetsleder og kommunalsjef"),
         QStringLiteral("Vedtatt i kommunestyret.")},
        {QStringLiteral("Etablere serviceerklæringer som sendes ut sammen med vedtakene"),
         QStringLiteral("Enhetsleder"), QStringLiteral("Vedtatt i utvalget.")},
        {QStringLiteral("Gjennomføre fagdag for tildelingskontoret"), QStringLiteral("Enhetsleder"),
         QStringLiteral("Gjennomført.")},
        {QStringLiteral("Utarbeide nye maler for saksutredning"),
         QStringLiteral("Enhetsleder med kommunalsjef og tildelingskontoret"),
         QStringLiteral("Utkast til gjennomlesing.")},
        {QStringLiteral("Utarbeide nye vedtaksmaler og legge dem inn i fagsystemet"),
         QStringLiteral("Enhetsleder med kommunalsjef og tildelingskontoret"), QString()},
        {QStringLiteral("Utarbeide rutine for årlig evaluering av vedtak"),
         QStringLiteral("Enhetsleder"), QString()},
        {QStringLiteral("Kompetanseheving: videreutdanningsmodul for de ansatte ved "
                        "tildelingskontoret, to samlinger"),
         QStringLiteral("Enhetsleder; de ansatte deltar"),
         QStringLiteral("Bestilt, oppstart etter sommeren.")},
    };
    t.meetingTitle = QStringLiteral("Evalueringsmøte – %1");
    t.meetingPlace = QStringLiteral("%1, fellesstua");
    t.minutes = QStringLiteral("Gikk gjennom dagens tjenester og hverdagen i boligen. Brukeren "
                               "ønsker mer tid ute og faste turer i helgene. Pårørende ønsker "
                               "bedre informasjon når noe endres.");
    t.agreements = QStringLiteral("Saksbehandler henter inn opplysninger fra fastlegen. "
                                  "Primærkontakten oppdaterer tiltaksplanen.");
    t.lifeAreas = {
        {QStringLiteral("health"), QStringLiteral("Stabil helse; trenger påminnelse om medisiner.")},
        {QStringLiteral("housing"), QStringLiteral("Trives i boligen; ingen behov for endring.")},
        {QStringLiteral("daily_living"), QStringLiteral("Trenger veiledning ved matlaging og innkjøp.")},
        {QStringLiteral("activity"), QStringLiteral("Dagtilbud tre dager i uka.")},
        {QStringLiteral("social"), QStringLiteral("Ønsker følge til fritidsaktiviteter.")},
        {QStringLiteral("network"), QStringLiteral("Jevnlig kontakt med familien.")},
        {QStringLiteral("economy"), QStringLiteral("Verge eller pårørende hjelper med økonomien.")},
    };
    t.userParticipation = QStringLiteral("Brukeren deltok i møtet og fortalte selv om hverdagen "
                                         "og hva som er viktig.");
    t.relativesParticipation = QStringLiteral("Nærmeste pårørende deltok og støtter brukerens "
                                              "ønsker.");
    t.ownNeedsWishesGoals = QStringLiteral("Vil lage mer mat selv, gå tur hver dag og treffe "
                                           "venner på fritidsklubben.");
    t.gpTitle = QStringLiteral("Fastlege %1");
    t.medicalAsked = QStringLiteral("Diagnoser, funksjonsvurdering, relevante medisinske "
                                    "opplysninger og vurdering av samtykkekompetanse.");
    t.medicalSummary = QStringLiteral("Ingen vesentlige endringer i helsetilstanden. "
                                      "Samtykkekompetansen vurderes som uendret.");
    t.recommendation = QStringLiteral("Tjenestene videreføres med mer veiledning i daglige "
                                      "gjøremål; fellestiden reduseres noe.");
    t.supplierSummary = QStringLiteral("Utføreren beskriver en stabil periode.");
    t.decisionSection = QStringLiteral("Beskrevet i ny saksutredning etter evalueringsmøtet: %1.");
    t.departmentLeader = QStringLiteral("Randi Holtet");
    t.noRelative = QStringLiteral("Ingen pårørende registrert");
    return t;
}

DemoPlanTexts swedish()
{
    DemoPlanTexts t;
    t.marker = QStringLiteral("[Påhittad exempeltext]");
    t.plan1Title = QStringLiteral("Uppföljning av %1 beslut för brukare vid %2 och %3");
    t.plan2Title = QStringLiteral("Uppföljning av %1 beslut vid %2");
    t.plan3Title = QStringLiteral("Uppföljning av avdelningens övriga beslut, ca %1");
    t.extraTitle = QStringLiteral("Uppföljning av %1 beslut vid %2 (plan %3)");
    t.goal = QStringLiteral("Dokumentera behoven inom alla livsområden i en ny utredning, med "
                            "den enskildes önskemål och mål, och uppdatera beslut och "
                            "genomförandeplaner.");
    t.plan1Status = QStringLiteral("Uppföljningsmötena är hållna; nya beslut skickas ut.");
    t.plan2Status = QStringLiteral("Underrättelser skickade; uppföljningsmöten bokas.");
    t.plan3Status = QStringLiteral("Planerad start %1.");
    t.taskPlanTitle = QStringLiteral("Enhetschefens framdriftsplan: riktlinjer, mallar och "
                                     "kompetens");
    t.taskPlanGoal = QStringLiteral("Nya riktlinjer och ny handläggningspraxis med nya mallar för "
                                    "utredning och beslut.");
    t.taskPlanStatus = QStringLiteral("Riktlinjerna är antagna; mallarna tas fram.");
    t.tasks = {
        {QStringLiteral("Ta fram nya riktlinjer för bistånd och lägga fram dem för "
                        "socialnämnden och kommunfullmäktige"),
         QStringLiteral("Enhetschef och förvaltningschef"),
         QStringLiteral("Antagna av kommunfullmäktige.")},
        {QStringLiteral("Ta fram tjänstegarantier som skickas med besluten"),
         QStringLiteral("Enhetschef"), QStringLiteral("Antagna av nämnden.")},
        {QStringLiteral("Hålla en temadag för biståndshandläggarna"), QStringLiteral("Enhetschef"),
         QStringLiteral("Genomförd.")},
        {QStringLiteral("Ta fram nya utredningsmallar"),
         QStringLiteral("Enhetschef med förvaltningschef och handläggarna"),
         QStringLiteral("Utkast på remiss.")},
        {QStringLiteral("Ta fram nya beslutsmallar och lägga in dem i verksamhetssystemet"),
         QStringLiteral("Enhetschef med förvaltningschef och handläggarna"), QString()},
        {QStringLiteral("Ta fram rutin för årlig uppföljning av beslut"),
         QStringLiteral("Enhetschef"), QString()},
        {QStringLiteral("Kompetensutveckling: kurs för biståndshandläggarna, två kurstillfällen"),
         QStringLiteral("Enhetschef; handläggarna deltar"),
         QStringLiteral("Beställd, start efter sommaren.")},
    };
    t.meetingTitle = QStringLiteral("Uppföljningsmöte – %1");
    t.meetingPlace = QStringLiteral("%1, samlingsrummet");
    t.minutes = QStringLiteral("Gick igenom nuvarande insatser och vardagen i bostaden. Brukaren "
                               "önskar mer tid utomhus och fasta aktiviteter på helgerna. "
                               "Anhöriga vill få bättre information vid förändringar.");
    t.agreements = QStringLiteral("Handläggaren begär in uppgifter från den fasta läkarkontakten. "
                                  "Kontaktmannen uppdaterar genomförandeplanen.");
    t.lifeAreas = {
        {QStringLiteral("health"), QStringLiteral("Stabil hälsa; behöver påminnelse om mediciner.")},
        {QStringLiteral("housing"), QStringLiteral("Trivs i bostaden; inget behov av förändring.")},
        {QStringLiteral("daily_living"), QStringLiteral("Behöver stöd vid matlagning och inköp.")},
        {QStringLiteral("activity"), QStringLiteral("Daglig verksamhet tre dagar i veckan.")},
        {QStringLiteral("social"), QStringLiteral("Önskar ledsagning till fritidsaktiviteter.")},
        {QStringLiteral("network"), QStringLiteral("Regelbunden kontakt med familjen.")},
        {QStringLiteral("economy"), QStringLiteral("God man eller anhörig hjälper med ekonomin.")},
    };
    t.userParticipation = QStringLiteral("Brukaren deltog i mötet och berättade själv om "
                                         "vardagen och vad som är viktigt.");
    t.relativesParticipation = QStringLiteral("Närmaste anhörig deltog och stöder brukarens "
                                              "önskemål.");
    t.ownNeedsWishesGoals = QStringLiteral("Vill laga mer mat själv, promenera varje dag och "
                                           "träffa vänner på fritidsgården.");
    t.gpTitle = QStringLiteral("Fast läkarkontakt %1");
    t.medicalAsked = QStringLiteral("Diagnoser, funktionsbedömning, relevanta medicinska "
                                    "uppgifter och bedömning av beslutsförmåga.");
    t.medicalSummary = QStringLiteral("Inga väsentliga förändringar i hälsotillståndet. "
                                      "Beslutsförmågan bedöms som oförändrad.");
    t.recommendation = QStringLiteral("Insatserna fortsätter med mer stöd i vardagliga sysslor; "
                                      "den gemensamma tiden minskas något.");
    t.supplierSummary = QStringLiteral("Utföraren beskriver en stabil period.");
    t.decisionSection = QStringLiteral("Beskrivet i den nya utredningen efter uppföljningsmötet: "
                                       "%1.");
    t.departmentLeader = QStringLiteral("Maria Lundell");
    t.noRelative = QStringLiteral("Ingen anhörig registrerad");
    return t;
}

DemoPlanTexts danish()
{
    DemoPlanTexts t;
    t.marker = QStringLiteral("[Opdigtet eksempeltekst]");
    t.plan1Title = QStringLiteral("Opfølgning af %1 afgørelser for borgere på %2 og %3");
    t.plan2Title = QStringLiteral("Opfølgning af %1 afgørelser på %2");
    t.plan3Title = QStringLiteral("Opfølgning af afdelingens øvrige afgørelser, ca. %1");
    t.extraTitle = QStringLiteral("Opfølgning af %1 afgørelser på %2 (plan %3)");
    t.goal = QStringLiteral("Beskrive borgerens behov på alle livsområder i en ny udredning med "
                            "borgerens ønsker og mål, og opdatere afgørelser og handleplaner.");
    t.plan1Status = QStringLiteral("Opfølgningsmøderne er holdt; nye afgørelser sendes ud.");
    t.plan2Status = QStringLiteral("Varsler sendt; opfølgningsmøder aftales.");
    t.plan3Status = QStringLiteral("Forventet opstart %1.");
    t.taskPlanTitle = QStringLiteral("Lederens fremdriftsplan: kvalitetsstandarder, skabeloner og "
                                     "kompetence");
    t.taskPlanGoal = QStringLiteral("Nye kvalitetsstandarder og ny praksis med nye skabeloner til "
                                    "udredning og afgørelse.");
    t.taskPlanStatus = QStringLiteral("Kvalitetsstandarderne er vedtaget; skabelonerne er i gang.");
    t.tasks = {
        {QStringLiteral("Udarbejde nye kvalitetsstandarder og forelægge dem for socialudvalget og "
                        "byrådet"),
         QStringLiteral("Leder og direktør"), QStringLiteral("Vedtaget i byrådet.")},
        {QStringLiteral("Udarbejde serviceerklæringer, der sendes med afgørelserne"),
         QStringLiteral("Leder"), QStringLiteral("Godkendt i udvalget.")},
        {QStringLiteral("Holde temadag for myndighedsafdelingen"), QStringLiteral("Leder"),
         QStringLiteral("Gennemført.")},
        {QStringLiteral("Udarbejde nye skabeloner til udredning"),
         QStringLiteral("Leder med direktør og rådgiverne"), QStringLiteral("Udkast i høring.")},
        {QStringLiteral("Udarbejde nye afgørelsesskabeloner og lægge dem ind i fagsystemet"),
         QStringLiteral("Leder med direktør og rådgiverne"), QString()},
        {QStringLiteral("Udarbejde procedure for årlig opfølgning af afgørelser"),
         QStringLiteral("Leder"), QString()},
        {QStringLiteral("Kompetenceudvikling: efteruddannelsesmodul for rådgiverne, to "
                        "kursusdage"),
         QStringLiteral("Leder; rådgiverne deltager"),
         QStringLiteral("Bestilt, start efter sommerferien.")},
    };
    t.meetingTitle = QStringLiteral("Opfølgningsmøde – %1");
    t.meetingPlace = QStringLiteral("%1, fælleshuset");
    t.minutes = QStringLiteral("Gennemgik de nuværende ydelser og hverdagen i botilbuddet. "
                               "Borgeren ønsker mere tid udendørs og faste aktiviteter i "
                               "weekenden. Pårørende ønsker bedre information ved ændringer.");
    t.agreements = QStringLiteral("Rådgiveren indhenter oplysninger fra egen læge. "
                                  "Kontaktpersonen opdaterer den pædagogiske plan.");
    t.lifeAreas = {
        {QStringLiteral("health"), QStringLiteral("Stabilt helbred; har brug for påmindelse om medicin.")},
        {QStringLiteral("housing"), QStringLiteral("Trives i boligen; intet behov for ændring.")},
        {QStringLiteral("daily_living"), QStringLiteral("Har brug for støtte til madlavning og indkøb.")},
        {QStringLiteral("activity"), QStringLiteral("Dagtilbud tre dage om ugen.")},
        {QStringLiteral("social"), QStringLiteral("Ønsker ledsagelse til fritidsaktiviteter.")},
        {QStringLiteral("network"), QStringLiteral("Jævnlig kontakt med familien.")},
        {QStringLiteral("economy"), QStringLiteral("Værge eller pårørende hjælper med økonomien.")},
    };
    t.userParticipation = QStringLiteral("Borgeren deltog i mødet og fortalte selv om hverdagen "
                                         "og hvad der er vigtigt.");
    t.relativesParticipation = QStringLiteral("Nærmeste pårørende deltog og støtter borgerens "
                                              "ønsker.");
    t.ownNeedsWishesGoals = QStringLiteral("Vil selv lave mere mad, gå en tur hver dag og møde "
                                           "venner i klubben.");
    t.gpTitle = QStringLiteral("Egen læge %1");
    t.medicalAsked = QStringLiteral("Diagnoser, funktionsvurdering, relevante helbredsoplysninger "
                                    "og vurdering af handleevne.");
    t.medicalSummary = QStringLiteral("Ingen væsentlige ændringer i helbredet. Handleevnen "
                                      "vurderes som uændret.");
    t.recommendation = QStringLiteral("Indsatsen fortsætter med mere støtte til daglige gøremål; "
                                      "den fælles tid nedsættes lidt.");
    t.supplierSummary = QStringLiteral("Leverandøren beskriver en stabil periode; borgeren har nået "
                                       "delmålet om selv at handle ind.");
    t.decisionSection = QStringLiteral("Beskrevet i den nye udredning efter opfølgningsmødet: %1.");
    t.departmentLeader = QStringLiteral("Pia Bundgaard");
    t.noRelative = QStringLiteral("Ingen pårørende registreret");
    return t;
}

} // namespace

DemoPlanTexts demoPlanTexts(const QString &language)
{
    if (language == u"sv")
        return swedish();
    if (language == u"da")
        return danish();
    return norwegian();
}

} // namespace fremdrift
