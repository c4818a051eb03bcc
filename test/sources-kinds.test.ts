/**
 * Source kinds guessed from the name and the cue: outlet, person,
 * organization, document, anonymous.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'

const context = {report: () => undefined}
const kinds = (text: string) => findAttributions(text, context).map((span) => [span.name, span.kind])

describe('findAttributions: kinds', () => {
  it('knows outlets from the wire dictionary, outlet words, domains and `reported`', () => {
    expect(kinds('Reuters reported the sale.')).toStrictEqual([['Reuters', 'outlet']])
    expect(kinds('The Valley Herald reported that the dam leaked.')).toStrictEqual([['Valley Herald', 'outlet']])
    expect(kinds('The plant closed, Coastnews.az reported.')).toStrictEqual([['Coastnews.az', 'outlet']])
    expect(kinds('Earlier, Nordic Dispatch reported on the talks.')).toStrictEqual([['Nordic Dispatch', 'outlet']])
  })

  it('knows a person who `reported` by an appositive that gives an office', () => {
    expect(kinds('Jane Roe, head of the Harbour Administration, previously reported that the port would reopen.')).toStrictEqual([['Jane Roe', 'person']])
    expect(kinds('Fjord Times, the largest daily of the north, reported that the port would reopen.')).toStrictEqual([['Fjord Times', 'outlet']])
    expect(kinds('Nordic Dispatch, a weekly, reported the same.')).toStrictEqual([['Nordic Dispatch', 'outlet']])
  })

  it('reads a body named after its description, set off by commas', () => {
    expect(kinds('Later, another troubled lender, Fjord Savings Bank, announced that it would close.')).toStrictEqual([['Fjord Savings Bank', 'organization']])
    expect(kinds('The regulator, Fjord Financial Authority, said it would act.')).toStrictEqual([['Fjord Financial Authority', 'organization']])
    expect(kinds('In Oslo, Acme Bank, said nothing.')).toStrictEqual([])
  })

  it('reads a name in apposition with a party in brackets after it', () => {
    expect(kinds('The governor, Jane Roe (R), initially wrote on X that the port would reopen.')).toStrictEqual([['Jane Roe', 'person']])
  })

  it('reads a collective of people as anonymous, not a firm', () => {
    expect(kinds('Prices rose, according to a team of researchers.')).toStrictEqual([['team of researchers', 'anonymous']])
    expect(kinds('A number of analysts said the bank would cut rates.')).toStrictEqual([['number of analysts', 'anonymous']])
    expect(kinds('Acme Group of Companies said profits rose.')).toStrictEqual([['Acme Group of Companies', 'organization']])
  })

  it('reads `a … reports that` as a verb with a clause', () => {
    expect(kinds('A Fjord Times correspondent reports that the port is busy.')).toStrictEqual([['Fjord Times correspondent', 'anonymous']])
    expect(kinds('A study finds that ports are busy.')).toStrictEqual([['study', 'document']])
    expect(kinds('He sent a tweet that was deleted.')).toStrictEqual([])
  })

  it('knows people by a title, an honorific or a full name', () => {
    expect(kinds('Senator Ruth Okafor said the bill would pass.')).toStrictEqual([['Ruth Okafor', 'person']])
    expect(kinds('"It works," said Ms Okafor.')).toStrictEqual([['Okafor', 'person']])
    expect(kinds('Ruth Okafor told the committee she agreed.')).toStrictEqual([['Ruth Okafor', 'person']])
    expect(kinds('Sir Alan Pike said the report was fair.')).toStrictEqual([['Sir Alan Pike', 'person']])
  })

  it('knows organisations by organisation words, known names and possessive services', () => {
    expect(kinds('The Ministry of Water and Forests said the lake was safe.')).toStrictEqual([['Ministry of Water and Forests', 'organization']])
    expect(kinds("The Kestrel ministry's press service reported the meeting.")).toStrictEqual([["Kestrel ministry's press service", 'organization']])
    expect(kinds('The Kremlin said talks were possible.')).toStrictEqual([['Kremlin', 'organization']])
    expect(kinds('Harbor Robotics today announced a new picker.')).toStrictEqual([['Harbor Robotics', 'organization']])
    expect(kinds('Lindqvist Therapeutics said the trial met its goal.')).toStrictEqual([['Lindqvist Therapeutics', 'organization']])
    expect(kinds('The government reckons it can save money.')).toStrictEqual([['government', 'organization']])
  })

  it('knows documents by their head', () => {
    expect(kinds('The Harlow Commission report says costs rose.')).toStrictEqual([['Harlow Commission report', 'document']])
    expect(kinds('A Valley Post poll published on Monday showed support falling.')).toStrictEqual([['Valley Post poll', 'document']])
    expect(kinds('The declaration permitted trade in local currencies.')).toStrictEqual([['declaration', 'document']])
    expect(kinds('"Stay home," read the notice on the door.')).toStrictEqual([])
    expect(kinds('"Stay home," read the memo sent to staff.')).toStrictEqual([['memo', 'document']])
  })

  it('knows documents that show a clause (`records showing that …`)', () => {
    // The object of the verb before is the source, not the clause's subject.
    expect(kinds('Reporters uncovered Delmar corporate records showing that the firm moved abroad.')).toStrictEqual([
      ['Delmar corporate records', 'document']
    ])
    expect(kinds('Court documents showing that the firm moved abroad were filed.')).toStrictEqual([['Court documents', 'document']])
    expect(kinds('The agency published a report showing that prices rose.')).toStrictEqual([['report', 'document']])
    expect(kinds('Police used red court documents showing that the firm moved.')).toStrictEqual([['red court documents', 'document']])
    // Only before a clause, and only documents.
    expect(kinds('A video showing police at the scene was shared.')).toStrictEqual([])
    expect(kinds('Jane Doe was showing that she cared.')).toStrictEqual([])
    expect(kinds('The minister, showing that he cared, left early.')).toStrictEqual([])
  })

  it('knows anonymous sources', () => {
    expect(kinds('The deal is close, people familiar with the matter said.')).toStrictEqual([['people familiar with the matter', 'anonymous']])
    expect(kinds('A senior official told the paper the plan was dropped.')).toStrictEqual([['senior official', 'anonymous']])
    expect(kinds('Prices will rise, traders said.')).toStrictEqual([['traders', 'anonymous']])
    expect(kinds('A spokesman for the city courts told reporters the case was closed.')).toStrictEqual([['spokesman for the city courts', 'anonymous']])
  })

  it('reads organisations named by an organisation word and a place', () => {
    expect(kinds('Statistics Fjordland said exports rose.')).toStrictEqual([['Statistics Fjordland', 'organization']])
    expect(kinds('The United Nations said aid was blocked.')).toStrictEqual([['United Nations', 'organization']])
  })

  it('reads a wire named with its agency as an outlet', () => {
    expect(kinds('Interfax news agency reported the crash.')).toStrictEqual([['Interfax news agency', 'outlet']])
    expect(kinds('Radio Kestrel reported the crash.')).toStrictEqual([['Radio Kestrel', 'outlet']])
  })

  it('makes analysts at a firm the firm', () => {
    expect(kinds('Analysts at Brightwater Capital said the deal was likely.')).toStrictEqual([['Brightwater Capital', 'organization']])
  })
})
