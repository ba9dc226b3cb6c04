/**
 * Constructions of English reactions, in sentences written for this test: an organization introduced by its kind
 * ("the farmers' alliance Tierra Viva"); a group led by an actor speaks for it ("the Saudi-led coalition"); an idiom
 * of doubt past a framing verb's object; joining a chorus; reported words that praise one thing and fault another are
 * a mixed, cautious verdict; an accused party denying its part; an office followed by its holder; having concerns; a
 * described passive agent in a list; and an office the PETRARCH dictionaries leave open, trusted for a few years after
 * they were compiled; a clause recalling an earlier event; a longer opener of time; a clause after a colon;
 * organizations named by an appositive of their kind, a plural possessive or a country's name; what an accused party
 * says on after its denial; appeals to settle a dispute or spare those harmed; the past perfect of the subject's own
 * verb; a participle set off after a noun; an office followed by an unknown holder's name; a denial of involvement;
 * a hope for calm; a concern that something is not so; "spoke of" with quoted words; "and" inside an
 * organization's "of" phrase; reducing relations (CAMEO 16); words describing a
 * country before its name; ships, units and goods sent as aid; a denial of any link; a conditional offer; the UN's specialized agencies; saying one does not know; "Neighbouring" before a country; a role phrase before its holder; a people's noun opening an organization's name; donors listed without their verb; an offer on an inverted
 * condition ("should they wish"); appeals to stop, undo or keep to the rules; a later clause's reported speech; words
 * describing an organization before its name; a clause after a year and "when"; warnings against a move or of its dangers; a framing noun made of a
 * rated verb; a person named after a state's possessive; a welcome then criticism; an appeal
 * for sanctions; amounts in any currency; a quoted verdict after the object it names; a state title before a person
 * the dictionaries list only up to their compilation; recalling an ambassador; an emergency appeal;
 * an offer on a condition in indirect speech; a charge named by a framing verb; a fronted phrase without
 * its comma; a closing comparison ("as did"); a participle after an article; a name qualifying an organization's kind
 * before its name; kits rushed as aid; a call for a ceasefire or for a "full and independent" inquiry; an offer to host talks, and a direct offer on a condition; "People's" inside a party's name;
 * congratulations offered or sent; aid trucked, airlifted, flown in or handed over; what a warning says will or could happen; an appeal after "but"; following developments; nothing can justify it; sorrow for the victims;
 * aid given beside what the same actor says; an object list joined by "and" before another clause;
 * an organization's chairmanship; an office's holder set off by commas before the predicate; an analyst at a named
 * organization; a cue's verb tagged as a noun; an appositive of an organization's kind after a name that looks like a
 * place's.
 */
import { describe, expect, it } from 'vitest';
import { englishReactionPairs } from '../../support/language-reactions.ts';

const ENGLISH_CASES: [string, string[]][] = [
  ["The farmers' alliance Tierra Viva accused the government of abandoning growers.", ['org:tierra-viva opposed']],
  ['The watchdog Kalvo, a Belgrade-based monitor, called the integrity of the count into question.', ['org:kalvo skeptical']],
  ['The Saudi-led coalition condemned the attack on the port.', ['country:SA opposed']],
  ['Norway and Ireland joined the chorus of criticism.', ['country:IE opposed', 'country:NO opposed']],
  ['Chile joined the praise for the agreement.', ['country:CL supportive']],
  ['The OSCE said voters had "a genuine choice" but that the campaign was marred by intimidation and abuse.', ['org:osce cautious']],
  ['Russian-led forces entered the town.', []],
  // one who studies for a named organization speaks for it; analysts alone, or at a state's bank, speak for no state
  ['An analyst at the International Crisis Group doubted that the offer would lead anywhere.', ['org:international-crisis-group skeptical']],
  ['Researchers with Human Rights Watch condemned the arrests.', ['org:human-rights-watch opposed']],
  ['Analysts doubted that the offer would lead anywhere.', []],
  ['An economist at the Bank of Japan criticized the plan.', ['org:bank-of-japan opposed']],
  // condolences alone are sympathy, no stance on the event; aid beside them is
  ['Norway offered its condolences to the families of the victims.', []],
  ['Norway expressed its condolences and pledged 2 million euros in aid.', ['country:NO supportive']],
  // money offered may come after other things offered in the same object list
  ['Norway offered satellite mapping of the polluted stretch and 500,000 euros for water trucking.', ['country:NO supportive']],
  // asking for restraint or calm is the call for it; asking for help is none
  ['Norway asked for restraint on both sides.', ['country:NO cautious']],
  ['Norway asked for calm.', ['country:NO cautious']],
  ['Norway asked for help.', []],
  // the holder set off by commas is no list member, and a verb after the subject's comma with a participle after the
  // next comma is the predicate, no insertion
  ["NATO's chief, Mark Rutte, deplored the execution, citing serious concerns.", ['org:nato opposed']],
  ['The U.N. human rights chief, Volker Turk, said he deplored the execution, citing "serious concerns about the trial."', ['org:un opposed']],
  ['Germany, speaking in Berlin, condemned the attack.', ['country:DE opposed']],
  // an office, then the person who holds it
  ['UN Secretary-General Antonio Guterres condemned the shelling.', ['org:un opposed']],
  ['UN Secretary-General Guterres welcomed the truce.', ['org:un supportive']],
  // having concerns is concern; having none is no reaction
  ['"We have serious concerns about the count," said Canadian Foreign Minister Anita Anand.', ['country:CA cautious']],
  ['Canada has no concerns about the count.', []],
  // a description before a listed passive agent
  ['The coup was condemned by the United States and former colonial power France.', ['country:FR opposed', 'country:US opposed']],
  // an accused party denying its part reacts to no one's move
  ['Rwanda rejected the accusation.', []],
  ['Kigali denied any involvement in the shelling.', []],
  ['Kigali rejected the criticism.', []],
  ['Beijing rejected the ruling.', ['country:CN opposed']],
  // an appeal for sanctions or accountability opposes the move
  ['Norway called for sanctions against the commanders.', ['country:NO opposed']],
  ['Norway urged that those responsible be held accountable.', ['country:NO opposed']],
  ['Norway urged restraint and warned that sanctions would hurt civilians.', ['country:NO cautious']],
  // a welcome, a contrast, then criticism by the same speaker: a mixed verdict, as in the other languages
  ['Norway welcomed the deal but criticized the delay.', ['country:NO cautious']],
  ['Norway welcomed the deal, but Russia criticized the delay.', ['country:NO supportive', 'country:RU opposed']],
  // a person named right after a state's possessive speaks for it, as its office would
  ["Norway's Kari Holmsen condemned the seizure.", ['country:NO opposed']],
  ["Norway's Kari Holmsen said Oslo was \"deeply concerned\".", ['country:NO cautious']],
  ["Norway's fishing industry condemned the seizure.", []],
  // a framing noun made of a rated verb ("punishment" from "punish")
  ['The regional bloc described the expulsions as "collective punishment."', []],
  ['CARICOM described the expulsions as "collective punishment."', ['org:caricom opposed']],
  // a clause recalling an earlier event after a noun of time; an opener of time before the subject
  ['The row comes four days after Caracas accused Bogotá of harbouring rebels.', []],
  ['Last month, when Caracas accused Bogotá of harbouring rebels, Quito kept silent.', []],
  ['Caracas accused Bogotá of harbouring rebels after the raid.', ['country:VE opposed']],
  ['Three days after the raid, Peru condemned the incursion.', ['country:PE opposed']],
  ['A few hours after the landslide, Japan offered help.', ['country:JP supportive']],
  // a colon before an actor and its verb opens their clause
  ['The mood in the region was darker: Chile voiced deep concern.', ['country:CL cautious']],
  // organizations the gazetteer lacks: an appositive naming their kind, a plural possessive, a country opening the name
  ['Cafetal, the trade body of Peruvian coffee exporters, condemned the duty.', ['org:cafetal opposed']],
  ["The Growers' Union condemned the duty.", ['org:growers-union opposed']],
  ['The Peruvian Episcopal Conference criticised the duty.', ['org:peruvian-episcopal-conference opposed']],
  ['The Peru Exporters Committee criticised the duty.', ['org:peru-exporters-committee opposed']],
  // ... unless the body is the state's own
  ['The Peru Coast Guard criticised the duty.', ['country:PE opposed']],
  // what an accused party says on after denying the charge is part of the denial
  ['Lima rejected the accusation within hours, calling it "absurd and insulting".', []],
  ['Lima rejected the accusation, but condemned the raid.', ['country:PE opposed']],
  // an appeal to settle a dispute peacefully or to spare those harmed is caution
  ['Brazil urged both countries to settle their differences through dialogue.', ['country:BR cautious']],
  ['The Holy See urged the government to shield the poor from the price rises.', ['country:VA cautious']],
  ['Brazil urged both countries to seize the opportunity.', ['country:BR supportive']],
  // the past perfect in the subject's own verb tells what came before; in reported words it is the tense of reporting
  ['Caracas had threatened to close the border after the raid.', []],
  ['Peru said it had been shocked by the raid.', ['country:PE opposed']],
  // a participle set off after a noun describes it; after an actor it is that actor's reaction
  ['The raid, widely condemned in the region, left two dead.', []],
  ['Peru, alarmed by the raid, voiced concern.', ['country:PE cautious']],
  // an office, then its holder's name unknown to the gazetteer, opens a clause of its own
  ['Quito urged calm, while Peruvian Foreign Minister Elmer Schialer called the raid "a grave violation."', ['country:EC cautious', 'country:PE opposed']],
  // an accused party denying it was involved, then accusing others, reacts to no one's move
  ['A rebel spokesman denied the group was involved and accused the army of shelling the town.', []],
  // a hope for calm is an appeal for restraint; a hope for the agreement is support
  ['Chile hoped both sides would settle their differences peacefully.', ['country:CL cautious']],
  ['Chile hoped the agreement would bring lasting peace.', ['country:CL supportive']],
  // a concern that something is not so doubts it; a worry about what may come stays a concern
  ['Chile voiced concern that the count was not transparent.', ['country:CL skeptical']],
  ['"We have serious concerns that the tally does not reflect the vote," said a Chilean minister.', ['country:CL skeptical']],
  ['Chile is concerned that the truce may not hold.', ['country:CL cautious']],
  // "spoke of" frames with the speaker's quoted words; unquoted, it reports a topic
  ['Amnesty International spoke of a "crime against humanity".', ['org:amnesty-international opposed']],
  ['Germany spoke of a "courageous step".', ['country:DE supportive']],
  ['Germany spoke of the need for dialogue.', []],
  // reducing relations (CAMEO 16: suspending aid or cooperation, expelling diplomats, sanctions, cutting ties, calling
  // off talks) opposes; withdrawing one's own troops is no reaction
  ['France suspended financial aid to Niger.', ['country:FR opposed']],
  ["Peru expelled Venezuela's diplomats.", ['country:PE opposed']],
  ['Canada cut diplomatic ties with Niger.', ['country:CA opposed']],
  ['Finland called off the meeting.', ['country:FI opposed']],
  ['Israel withdrew its troops from the border.', []],
  // words describing a country before its name ("former colonial ruler France"); not a phrase that governs the name
  ['Former colonial ruler France suspended financial aid to Niger.', ['country:FR opposed']],
  ['Regional heavyweight Nigeria condemned the coup.', ['country:NG opposed']],
  ['Key ally Japan welcomed the deal.', ['country:JP supportive']],
  ['Critics of France condemned the coup.', []],
  ['Protesters in France condemned the coup.', []],
  // "and" inside an organization's "of" phrase continues its name; a known name after "and" is another actor
  ['The Center for Peace and Justice condemned the vote.', ['org:center-for-peace-and-justice opposed']],
  ['The Ministry of Defence and Germany condemned the vote.', ['country:DE opposed', 'org:ministry-of-defence opposed']],
  // ships, units, doctors and goods sent are aid, as teams and money are; a denial of any link is no reaction
  ['Norway dispatched two vessels fitted with oil skimmers.', ['country:NO supportive']],
  ['Portugal sent a military emergency unit and doctors.', ['country:PT supportive']],
  ['India pledged 3,000 tonnes of wheat.', ['country:IN supportive']],
  ['Norway exports fish to Asia.', []],
  ['Minsk rejected any link to the explosion.', []],
  ['Minsk denied any role in the attack.', []],
  // a reported offer on a condition is no reaction yet; "even if" concedes
  ['Norway said it could send aid if Estonia requests it.', []],
  ['Norway said it would support the deal even if it was flawed.', ['country:NO supportive']],
  // the UN's specialized agencies speak for the UN, as its programmes do
  ['The International Civil Aviation Organization condemned the downing of the airliner.', ['org:un opposed']],
  ['The World Food Programme condemned the looting of its warehouses.', ['org:un opposed']],
  // saying one does not know declines to judge
  ['Brazil\'s foreign ministry said it was "not aware of the details."', []],
  ['Brazil said the decision was "a grave mistake that we cannot accept."', ['country:BR opposed']],
  // a participle that places a country opens its subject, even where the tagger reads it as a verb
  ['Neighbouring Uruguay condemned the attack.', ['country:UY opposed']],
  ['Bordering Paraguay welcomed the deal.', ['country:PY supportive']],
  // a role phrase before its known holder is one mention with the name: the holder's body speaks
  ['NATO Secretary General Mark Rutte condemned the attack.', ['org:nato opposed']],
  ['Russia\'s president Vladimir Putin welcomed the deal.', ['country:RU supportive']],
  // a name opened by a plural noun for people is a group, unless a word of an organization's kind follows in it
  ['The Citizens Alliance for Reform condemned the vote.', ['org:citizens-alliance-for-reform opposed']],
  ['Residents of Gaza condemned the strike.', []],
  // donors listed after an aid verb written once give as the first did
  ['Norway pledged 10 million euros, Denmark 5 million euros and Ireland 3 million dollars.', ['country:DK supportive', 'country:IE supportive', 'country:NO supportive']],
  ['Norway pledged 10 million euros, while Denmark criticised the plan.', ['country:DK opposed', 'country:NO supportive']],
  // an offer on an inverted condition is no reaction yet
  ['Peru said it stood ready to send divers "should they be needed."', []],
  ['Peru said it stood ready to send divers were the families to ask.', []],
  ['Peru said it stood ready to send divers.', ['country:PE supportive']],
  // an appeal to stop or undo a move, or to keep to the rules, asks for a change of course
  ['Chile urged Bolivia to halt the evictions.', ['country:CL cautious']],
  ['The UN called on the junta to release the detained judges.', ['org:un cautious']],
  ['Mexico urged the authorities to respect due process.', ['country:MX cautious']],
  // what a later clause's own speaker said gives its stance
  ['Norway condemned the raid, and Sweden\'s foreign ministry said the verdict was "shameful and cruel."', ['country:NO opposed', 'country:SE opposed']],
  ['Norway condemned the raid, while Finland said the operation was "a disgrace."', ['country:FI opposed', 'country:NO opposed']],
  // a warning against a move or of its dangers is a call for caution; a warning of what one will do is a threat
  ['Chile warned the junta against reprisals.', ['country:CL cautious']],
  ['Chile warned of a humanitarian disaster.', ['country:CL cautious']],
  ['The Red Cross condemned the shelling. But it warned the government against reprisals.', ['org:icrc cautious', 'org:icrc opposed']],
  // a clause after a year and "when" recalls what happened then
  ['The mission has been deployed since 2017, when Ireland condemned the coup.', []],
  // words describing an organization before its name
  ['The main opposition Progressive Alliance condemned the arrests.', ['org:progressive-alliance opposed']],
  // an amount in any of the world's currencies is money pledged
  ['Ireland pledged 40 million yuan in emergency aid.', ['country:IE supportive']],
  ['Norway offered 3 billion rupees to rebuild the bridges.', ['country:NO supportive']],
  // what the speaker called the object, in quotes, carries the stance, not the object's own name
  ['Ireland called the recognition "null and void".', ['country:IE opposed']],
  ['Ireland called the aid package "a cynical bribe".', ['country:IE opposed']],
  // recalling an ambassador reduces relations (CAMEO 161); recalling what was said dates it
  ['Chile condemned the raid. Norway recalled its ambassador for consultations.', ['country:CL opposed', 'country:NO opposed']],
  ['Chile condemned the raid. Norway recalled that it had condemned such raids.', ['country:CL opposed']],
  // an emergency appeal raises aid
  ['The dam burst. The Red Cross launched an emergency appeal for 4 million Swiss francs.', ['org:icrc supportive']],
  // a reported offer on a condition is no reaction yet, in indirect speech too
  ['The dam burst. Norway said it was ready to redirect funds to reconstruction if the government asked.', []],
  ['The dam burst. Norway said the response was admirable even if it came late.', ['country:NO supportive']],
  // a charge the speaker levels by naming the move opposes it
  ['Iran seized the tanker. Norway called the seizure "piracy".', ['country:NO opposed']],
  ['The troops crossed the line. Norway called it "a land grab".', ['country:NO opposed']],
  ['The Senate passed the bill. The Green Alliance called the vote "a constitutional coup".', ['org:green-alliance opposed']],
  // a fronted phrase without its comma, before "the" and a name
  ['Three people died in the riots. In Parliament the Green Alliance accused the government of the deaths.', ['org:green-alliance opposed']],
  // a closing comparison gives the names after it the clause's stance
  ['China attacked the ship. Norway welcomed the inquiry, as did Dublin.', ['country:IE supportive', 'country:NO supportive']],
  ['China attacked the ship. Norway condemned the attack, just like Ireland and Chile.', ['country:CL opposed', 'country:IE opposed', 'country:NO opposed']],
  // appealing for calm asks for restraint, as calling for it does
  ['Troops clashed on the border. Norway appealed for calm.', ['country:NO cautious']],
  ['Troops clashed on the border. The Green Alliance appealed for restraint on both sides.', ['org:green-alliance cautious']],
  // an offer to mediate calls for caution (CAMEO 039)
  ['Troops clashed on the border. Norway offered to mediate.', ['country:NO cautious']],
  ['Troops clashed on the border. Ireland offered its good offices.', ['country:IE cautious']],
  // "illegal" before an activity names a kind of crime; said of the move it opposes
  ['Troops clashed on the border. Norway said it would help fight illegal mining in the region.', []],
  ['Troops crossed the border. Norway called the incursion illegal.', ['country:NO opposed']],
  ['Troops clashed on the border. The Green Alliance said it doubted either army was serious about fighting illegal logging.', ['org:green-alliance skeptical']],
  // a view echoed by another actor is its view too
  ['Troops clashed on the border. Norway urged restraint, a view echoed by Ireland.', ['country:IE cautious', 'country:NO cautious']],
  // a careful or circumspect speaker is cautious, as a guarded one is
  ['The Senate removed the president. Norway was more careful.', ['country:NO cautious']],
  // aid shipped or handed out, generators and rations among relief goods
  ['The cyclone flattened the port. Norway said it would ship tents and generators.', ['country:NO supportive']],
  ['The cyclone flattened the port. The Green Alliance began handing out rations in the shelters.', ['org:green-alliance supportive']],
  // demanding a release undoes the move (CAMEO 1053): opposed; calling for it asks, a call for caution
  ['Border guards detained two fishermen. Ireland demanded the immediate release of the two fishermen.', ['country:IE opposed']],
  ['Border guards detained two fishermen. Ireland called for the release of the fishermen.', ['country:IE cautious']],
  // troops sent are military aid (CAMEO 074), unless to a border; what a condition supposes is no one's reaction
  ['Rebels attacked the town. Ireland said it would send 300 more soldiers at the government\'s request.', ['country:IE supportive']],
  ['Gangs attacked the port. Next door, Ireland sent 1,500 more troops to the border.', []],
  ['Rebels attacked the town. The EU said it would prepare sanctions if Norway sent more aid to the region.', []],
  // a title once held speaks for no state, whatever office the dictionaries list
  ['Russian guards moved the fence. Former President Salome Zourabichvili called on Georgians to gather in Gori.', []],
  ['Russian guards moved the fence. Former Georgian President Mikheil Saakashvili condemned the move.', []],
  // no objections is acquiescence: neutral in the labelling guide
  ['Georgia and Norway signed the deal. Ireland said it had no objections to the deal.', ['country:IE neutral']],
  // an organization's national chapter speaks for itself; a list keeps the two apart
  ['The court jailed the journalist. Amnesty International Italy criticized the verdict.', ['org:amnesty-international-italy opposed']],
  ['The court jailed the journalist. Amnesty International and Italy criticized the verdict.', ['country:IT opposed', 'org:amnesty-international opposed']],
  // A participle after an article is attributive, whatever follows it.
  ['Chile and Peru will drill in a disputed 4,000 square-kilometre block.', []],
  // A name that only qualifies the kind of the organization named next: the organization speaks.
  ["The UN children's agency UNICEF condemned the shelling of the school.", ['org:un opposed']],
  ['Britain said it was rushing blankets and hygiene kits to the flooded towns.', ['country:GB supportive']],
  // "and" inside the appeal's complement, and a call for a ceasefire, ask for caution.
  ['Ireland called for a swift and independent inquiry.', ['country:IE cautious']],
  ['Norway called for an immediate ceasefire.', ['country:NO cautious']],
  // An offer to host talks offers mediation; on a condition, direct or inverted, it is no reaction yet.
  ['Malaysia offered to host talks in Kuala Lumpur.', ['country:MY cautious']],
  ['Qatar offered to host talks "should both countries so wish."', []],
  ['Qatar offered to send aid if both countries asked.', []],
  // An irregular plural's "'s" inside an organization's name.
  ["The opposition People's Party condemned the deal.", ['org:peoples-party opposed']],
  // Congratulations offered or sent are praise; condolences alone are not a stance.
  ['Chile sent its warm congratulations to the new president.', ['country:CL supportive']],
  ['Moscow and Budapest were among the first to offer congratulations.', ['country:HU supportive', 'country:RU supportive']],
  ['Peru sent condolences.', []],
  // Aid trucked, airlifted or flown in; a minister flying somewhere sends nothing.
  ['Japan airlifted tents and blankets.', ['country:JP supportive']],
  ['Canada flew in medical teams.', ['country:CA supportive']],
  ['The minister flew to Geneva.', []],
  // aid handed over; food biscuits trucked; a report handed over is no aid
  ['Japan handed over tents and blankets.', ['country:JP supportive']],
  ['Canada began trucking high-energy biscuits to the camps.', ['country:CA supportive']],
  ['The ministry handed over its report to Japan.', []],
  // what an appeal asks others to do is no stance of the speaker's; a cue after "and" is its own again
  ['The African Union urged both sides to stop blaming each other.', ['org:au cautious']],
  ['Ghana urged Lome and Accra to "close ranks rather than trade blame".', ['country:GH cautious']],
  ['Ghana urged both sides to show restraint and condemned the attack.', ['country:GH opposed']],
  // doses, antibiotics and nurses sent are aid
  ['Morocco sent 40 nurses and 200,000 doses to the region.', ['country:MA supportive']],
  ['Turkey shipped antibiotics to the camps.', ['country:TR supportive']],
  // a warning's content: a risk or bad facts are concern, a shortfall a doubt, penalties that could follow a conditional
  // threat
  ['Norway warned that the floods could spread disease in the camps.', ['country:NO cautious']],
  ['Norway warned the closure would push prices up.', ['country:NO cautious']],
  ['Norway warned that the pledges were far below what the region needs.', ['country:NO skeptical']],
  // a warning that the facts are bad is alarm, cautious
  ['Norway warned that the fumes were extremely dangerous for children.', ['country:NO cautious']],
  ['Norway warned that the hospitals were already overwhelmed and badly damaged.', ['country:NO cautious']],
  ['Norway warned that firms trading with the junta could face penalties.', []],
  ['Norway did not warn that the floods could spread disease.', []],
  ['Norway warned that thousands had fled the valley and urged the army to keep the roads open.', ['country:NO cautious']],
  ['Norway condemned the shelling and warned that it could spread.', ['country:NO opposed']],
  // an offer to host the two leaders or a summit is an offer of mediation; hosting refugees is not
  ['Norway offered to host the two leaders in Oslo.', ['country:NO cautious']],
  ['Norway offered to host the refugees.', []],
  // a quotation opening the sentence judges the event beside an appeal that asks for a move
  ['"Bombing a hospital is indefensible," Norway\'s foreign minister said, urging the army to pull back.', ['country:NO opposed']],
  ['Norway urged the army to pull back.', ['country:NO supportive']],
  // sympathy with the victims, quoted, is a condolence: no stance
  ['"Our thoughts are with the families of those who died," the Norwegian embassy said.', []],
  ['"This was a cowardly attack on civilians," the Norwegian embassy said.', ['country:NO opposed']],
  // "nothing can justify" condemns
  ['Norway said nothing could justify the shelling of a market.', ['country:NO opposed']],
  ['Norway said the response was justified.', []],
  // sorrow for the victims is a condolence; sorrow at a decision disapproves
  ['Norway said it was deeply saddened by the loss of life.', []],
  ['Norway was deeply saddened by the deaths of eleven civilians.', []],
  ['Norway was saddened by the decision to close the border.', ['country:NO opposed']],
  // an appeal set against what was said before it ("but called on …") is a reservation
  ['Norway said the ruling was long overdue but called on the court to publish its evidence.', ['country:NO cautious']],
  // a bare appeal asks others to change course, a call for caution; one that asks them to take up the move backs it
  ['Norway called on the court to publish its evidence.', ['country:NO cautious']],
  ['Save the Children urged donors to fund nutrition centres before the rains.', ['org:save-the-children cautious']],
  ['Norway urged its partners to adopt the package quickly.', ['country:NO supportive']],
  ['The Red Cross launched an emergency appeal for $3 million.', ['org:icrc supportive']],
  // a state's own institution doing something, reported by its speaker, is its own move, not a judgement
  ['Austria said the border would stay shut "for as long as our farmers are treated as criminals".', []],
  // the institution's act as the thing judged is a judgement
  ["Austria said the army's attack was a crime.", ['country:AT opposed']],
  // an amount given after the base form of a verb of giving ("would provide $2 million")
  ['Norway said it would provide 2 million dollars through the U.N. refugee agency.', ['country:NO supportive']],
  ['Norway welcomed the deal and urged donors to publish timetables.', ['country:NO supportive']],
  // following or monitoring the situation evaluates nothing: no reaction (taking note does, neutrally)
  ['Norway said it was following developments closely.', []],
  ['Norway said it had taken note of the decision.', ['country:NO neutral']],
  // aid given is an act beside what the same actor says: both are kept, once where they agree
  ['The World Food Programme trucked rice to the valley, while UNICEF warned that the camps lacked clean water.', ['org:un cautious', 'org:un supportive']],
  ['Norway said it was airlifting tents to the valley and called for an independent inquiry into the collapse.', ['country:NO cautious', 'country:NO supportive']],
  ['Norway welcomed the truce and airlifted tents to the valley.', ['country:NO supportive']],
  // "and" with no comma before it goes on listing the clause's objects unless a subject follows at once
  ['The World Food Programme flew in rice and blankets, while UNICEF warned that the camps lacked clean water.', ['org:un cautious', 'org:un supportive']],
  ['Norway welcomed the deal and Sweden criticized it.', ['country:NO supportive', 'country:SE opposed']],
  // an organization's chairmanship speaks for it, as a presidency does
  ["The OSCE's Finnish chairmanship condemned the detentions.", ['org:osce opposed']],
  ["The African Union's chairmanship welcomed the ceasefire.", ['org:au supportive']],
  // "A step forward" is praise; followed by a contrast and criticism, a mixed verdict.
  ['Japan said the ruling was a significant step forward.', ['country:JP supportive']],
  ['Canada called the deal a step forward but criticised the delay.', ['country:CA cautious']],
  ['Cuba sided with Belize.', ['country:CU supportive']],
  ["Cuba took Belize's side in the dispute.", ['country:CU supportive']],
  // a full name whose initials spell a known organization's acronym is another organization where the gazetteer
  // knows that one by its own full name
  ['The Inuit Circumpolar Council called on the government to act.', ['org:inuit-circumpolar-council cautious']],
  ['The International Criminal Court called on the government to act.', ['org:icc cautious']],
  // "too little" judges a response insufficient: skeptical, as "not enough" does
  ['Chile called the pledges "too little, too late".', ['country:CL skeptical']],
  ['Chile said the aid was too little to matter.', ['country:CL skeptical']],
  // an NGO's regional office speaks for the NGO; a title after the name still introduces a person
  ['Greenpeace Nordic condemned the mine.', ['org:greenpeace opposed']],
  ['Oxfam Novib criticised the cuts.', ['org:oxfam opposed']],
  ['Amnesty International Secretary General Agnès Callamard condemned the raid.', ['org:amnesty-international opposed']],
  // A title with no state speaks for the capital its sentence opens in, before the article's home state.
  ['Peru said the boat had entered its waters. Lima said more. In Quito, foreign ministry spokeswoman Ana Ruiz condemned the shooting.', ['country:EC opposed']],
  ['Peru said the boat had entered its waters. Lima said more. Foreign ministry spokeswoman Ana Ruiz condemned the shooting.', ['country:PE opposed']],
  // A cue's verb the tagger reads as a noun after a name (past "cast") is still the clause's verb.
  ['France cast doubt on the plan.', ['country:FR skeptical']],
  ['France cast doubt on the figures, saying they were rushed.', ['country:FR skeptical']],
  // An appositive of an organization's kind outweighs what the name's words look like ("Sea-…" a place's).
  ['Sea-Watch, a rescue charity, criticised the coast guard.', ['org:sea-watch opposed']],
  // a state's possessive before an office whose portfolio ends in a company noun ("Resources") is the state speaking
  ["Kenya's Water Resources Minister Jane Roe condemned the plan.", ['country:KE opposed']],
  ['Turkish Energy Minister Oguz Karatepe hailed the deal.', ['country:TR supportive']],
  // even where the name opens a sentence with an everyday word, which otherwise falls away ("Experts said …")
  ['Open Doors, a charity for persecuted Christians, condemned the arrests.', ['org:open-doors opposed']],
  ['Fair Trade Now, the campaign group, welcomed the agreement.', ['org:fair-trade-now supportive']],
  ['The Government, a coalition of four parties, welcomed the agreement.', []],
];

const DATED_CASES: [string, string, string[]][] = [
  ['Nelson Chamisa urged calm.', '2012-05-01T10:00:00Z', ['country:ZW cautious']],
  ['Nelson Chamisa urged calm.', '2026-03-05T10:00:00Z', []],
  // a state title before a person whose dictionary offices end earlier says they still hold one
  ['President Almazbek Atambayev offered Kazakhstan help.', '2026-03-05T10:00:00Z', ['country:KG supportive']],
  ['Almazbek Atambayev offered Kazakhstan help.', '2026-03-05T10:00:00Z', []],
  // a head of state in office now, from the Factbook's list (world-leaders.json), speaks for the state untitled
  ['Shavkat Mirziyoyev offered Kyrgyzstan help.', '2026-03-05T10:00:00Z', ['country:UZ supportive']],
];

describe('English reaction constructions', () => {
  it.each(ENGLISH_CASES)('en: %s', (text, expected) => {
    expect(englishReactionPairs(text)).toEqual([...expected].sort());
  });
  it.each(DATED_CASES)('en: %s (%s)', (text, date, expected) => {
    expect(englishReactionPairs(text, date)).toEqual(expected);
  });
});
