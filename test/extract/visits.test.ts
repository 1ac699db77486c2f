import { describe, expect, it } from 'vitest';
import { names, run, stopsOf, visits } from './helpers.js';

describe('VISITED with purposes — English', () => {
  it.each([
    [
      'a visit with its purpose in the same sentence',
      'Sam Altman visited Taiwan on Monday to discuss chip supply with TSMC.',
      ['Sam Altman → TW [reported] chips,supply-chain'],
    ],
    [
      'the frame carries on to the next sentence',
      'SEOUL — Sam Altman met executives of Samsung Electronics in Seoul on Tuesday. The talks covered high-bandwidth memory for new data centers.',
      ['Sam Altman → KR [reported] data-centers,memory'],
    ],
    [
      'a pronoun continues the visitor',
      'Jensen Huang spoke about robots at a forum in Taipei. He later flew to Tokyo to discuss power for data centers.',
      ['Jensen Huang → JP [reported] data-centers,energy', 'Jensen Huang → TW [reported]'],
    ],
    [
      'a delegation whose leaders the next sentence names, and a city that only says what a fund is',
      'QUERÉTARO — The delegation from Tokyo landed at Querétaro on Tuesday. Leading them were Haruto Kisaragi, president of Kisaragi Denki, and Emi Takanashi, a partner at the Tokyo fund Sakura Bridge Partners. "We came to look at substations," Kisaragi told reporters outside the El Marqués switching station.',
      ['Emi Takanashi → MX [reported] energy', 'Haruto Kisaragi → MX [reported] energy'],
    ],
    [
      'the writer of a column says "I", and someone who came to a city',
      'Her junior minister, Declan Furlong, said he had been to Doha twice this year. I spent a week in Helsinki in September. When Lin Po-han, chairman of Jade River Semiconductor, came to Cork last spring, he spoke of chip design.',
      ['Declan Furlong → QA [reported]', 'Lin Po-han → IE [reported] chips'],
    ],
    [
      'an interview: the speaker label is not the subject, a question claims nothing, a site named for its place',
      [
        'MANILA CIRCUIT: Where is your finance chief right now?',
        'DIZON-REYES: Paolo Santillan is in Singapore this week, closing a debt facility.',
        'MANILA CIRCUIT: Are you going to Hanoi?',
        'DIZON-REYES: Not yet. Liam Hartigan, from an Australian fund, flies in next month to walk the Batangas site.',
      ].join('\n\n'),
      ['Liam Hartigan → PH [reported]', 'Paolo Santillan → SG [reported] investment'],
    ],
    [
      'a section heading opens a new scene, "he" goes on with the last subject, a firm\'s home city is its founder\'s home',
      [
        'THE GERMAN: SILICON',
        'Tobias Reinholt went straight to Taipei to buy chips.',
        'THE NIGERIAN: MONEY',
        'Chukwuemeka Adeyemi-Okafor, founder of Lagos-based Ikenga Cloud, went where the capital is. He spent most of October in Riyadh. He then flew to Hyderabad to recruit engineers, a push that will create 300 jobs in India and in Nigeria.',
      ].join('\n\n'),
      ['Chukwuemeka Adeyemi-Okafor → IN [reported] talent', 'Chukwuemeka Adeyemi-Okafor → SA [reported] investment', 'Tobias Reinholt → TW [reported] chips'],
    ],
    [
      'two travellers in two clauses, a thing that stands elsewhere, a visit denied',
      'Wanjiru Kamau, founder of the Kenyan start-up Savanna Cloud, is set to travel to Doha next month to pitch investors on a $90 million raise for a data center in Nairobi. Chairman Prasert Wongsakul heads to Warsaw on Monday, while deputy chief executive Kanya Ratanaporn flies to Nairobi to meet power distributors. His office said no visit to Taiwan is planned.',
      ['Kanya Ratanaporn → KE [reported]', 'Prasert Wongsakul → PL [reported]', 'Wanjiru Kamau → QA [planned] data-centers,investment'],
    ],
    [
      'a name quoted by the speaker is no antecedent of the speaker\'s pronoun',
      'Ngozi Okafor, chief technology officer of Eko Hyperscale, did her master\'s degree in the lab of Professor Lee Sang-woo. "Professor Lee made us measure everything twice," she recalls. After graduating she moved to Singapore to run cooling operations.',
      ['Ngozi Okafor → SG [reported] data-centers'],
    ],
    [
      'an office of one\'s own is where one works, and a deputy who had to stay did not go',
      'Dr. Amina Odhiambo, director of the Kenya Digital Infrastructure Authority, spoke to us in her office in Nairobi. Her deputy, Peter Kamau, was booked to go to Morocco in her place, but the hearings were moved and he had to stay as well.',
      [],
    ],
    [
      'a stop dropped, and a visitor at a firm\'s site named for its city',
      'Chief executive Arjun Mehrotra flew to Taipei on Monday for meetings on chips. A stop in Tokyo was considered and dropped. Last month Kenji Mizuhara, president of Mizuhara Thermal Works, spent two days at Sahyadri\'s Pune campus reviewing a liquid-cooling retrofit.',
      ['Arjun Mehrotra → TW [reported] chips', 'Kenji Mizuhara → IN [reported] data-centers'],
    ],
    [
      'a trip expected, and a stop dropped in the clause after a semicolon',
      'Leila Haddad, who runs an Abu Dhabi fund, is expected in Jakarta next month to look at data center projects; a stop in Bangkok on the same trip has been dropped.',
      ['Leila Haddad → ID [planned] data-centers'],
    ],
    [
      'a reported trip denied in the next sentence, and where the report comes from',
      'Reports in Manila last week said Maria Villanueva-Ocampo, president of Mactan Digital Infrastructure Corp., would fly to Singapore in March to pitch the project. MDIC spokesperson Liza Gomez Tan denied this.',
      [],
    ],
    [
      'a dateline written with a plain hyphen, and a group its leader names',
      'HSINCHU - Tamsui Advanced Packaging Corp. said on Tuesday it had hosted a foreign delegation. A group led by U.S. Senator Margaret Ohlsson toured the plant\'s chip-on-wafer line on Thursday.',
      ['Margaret Ohlsson → TW [reported] chips'],
    ],
    [
      'a planned visit',
      'Satya Nadella is set to visit Malaysia next month to announce cloud investment.',
      ['Satya Nadella → MY [planned] data-centers,investment'],
    ],
    [
      'hosting is not visiting',
      'President Lee Jae-myung received Sam Altman in Seoul for talks on AI research.',
      ['Sam Altman → KR [reported] research'],
    ],
    [
      'a country only talked about is no visit',
      'Sam Altman said Japan and Korea would matter for memory supply, speaking in a podcast.',
      [],
    ],
    [
      'each place keeps its own purposes',
      'Altman arrived in Seoul after a stop in the United Arab Emirates, where officials received him in Abu Dhabi for talks on AI research.',
      ['Altman → AE [reported] research', 'Altman → KR [reported]'],
    ],
    [
      'leaving from a place is not the visit it starts',
      'From Tokyo, Masayoshi Son flew to Riyadh to raise funding.',
      ['Masayoshi Son → SA [reported] investment'],
    ],
    [
      'a companion after a fund described by its city travels too',
      'PARIS — Omar Sultan Al Olama arrived in Paris on Monday. He is travelling with Ahmed Yahia Al Idrissi, chief executive of MGX, the Abu Dhabi technology investment fund.',
      ['Ahmed Yahia Al Idrissi → FR [reported] investment', 'Omar Sultan Al Olama → FR [reported] investment'],
    ],
    [
      'a look back at an earlier trip leaves the frame with the current one',
      'PARIS — Omar Sultan Al Olama arrived in Paris on Monday for talks on AI. The plan was first raised in 2023, when Emmanuel Macron was in Dubai for a climate summit.\n\nAccording to officials, the delegation is close to a deal to reserve grid power from nuclear plants.',
      ['Emmanuel Macron → AE [reported]', 'Omar Sultan Al Olama → FR [reported] energy'],
    ],
    [
      "an interviewer's question about the trip leads into its answer; another question opens a new topic",
      'Annika Vestergaard is in Vietnam this week: on Monday she met officials in Hanoi.\n\nWhat did you discuss there?\n\nHow large users may build their own substations under clear permit rules.\n\nAnd what about chips?\n\nChip supply is tight everywhere.',
      ['Annika Vestergaard → VN [reported] energy,regulation'],
    ],
    [
      "a headquarters one flew in from is no place of the visit",
      'SINGAPORE — Orbis Data broke ground on a memory plant on Wednesday. Chief executive Daniel Reyes, who flew in from the company\'s headquarters in Boise, Idaho, said the plant would open in 2026.',
      ['Daniel Reyes → SG [reported] memory'],
    ],
    [
      'listed members travel with the delegation, except a leg one of them skips',
      'VELDHOVEN, Netherlands — A Vietnamese delegation spent Tuesday at ASML. The group is led by Tran Minh Khoa and includes Do Quang Huy. On Friday the delegation will travel to Dresden, Germany. Huy will not make the German leg.',
      ['Do Quang Huy → NL [reported]', 'Tran Minh Khoa → DE [planned]', 'Tran Minh Khoa → NL [reported]'],
    ],
    [
      'leaving one place for another',
      'Do Quang Huy will leave Leuven on Thursday for Tokyo, where he is to meet Rapidus about chip design.',
      ['Do Quang Huy → BE [planned]', 'Do Quang Huy → JP [planned] chips'],
    ],
    [
      'a speaker who flew in, talking about a project elsewhere in the country',
      'PUTRAJAYA: Anwar Ibrahim received investors on Tuesday. Khalid Al Mansoori, who flew in on Monday, told reporters his firm would build solar farms in Johor.',
      ['Khalid Al Mansoori → MY [reported] energy,investment'],
    ],
    [
      'a stop dropped before it happened',
      'Dana Whitcombe lands in Seoul on Thursday to secure memory. A third stop has been dropped. She had intended to go on to Tokyo, but she would not travel to Japan on this trip.',
      ['Dana Whitcombe → KR [reported] memory'],
    ],
    [
      "the host named as host stays home; a stand-in leads the delegation",
      "ABU DHABI — Ministers and investors met at a compute forum on Tuesday. Kenya's minister stayed in Nairobi and addressed the hall by video link. Her principal secretary, Peter Odhiambo, led the delegation instead, presenting plans for geothermal data centres. The forum's host, Khalid Al Mazrouei, said the country wanted partners.",
      ['Peter Odhiambo → AE [reported] data-centers,energy,investment'],
    ],
    [
      '"the capital" is the dateline city, not the last country the tour went to',
      'TOKYO — Veridian has signed a lease for a data center campus, its chief executive said, closing a tour that also took her to Malaysia and Taiwan. Marisa Kettleborough signed the lease at a ceremony in the capital.',
      ['Marisa Kettleborough → JP [reported] data-centers,investment'],
    ],
    [
      'a place that only describes where another one lies is not visited',
      'Marisa Kettleborough toured Taipei. From Taipei she flew to Johor, the southern Malaysian state across the causeway from Singapore, where Veridian will invest in a data center.',
      ['Marisa Kettleborough → MY [reported] data-centers,investment', 'Marisa Kettleborough → TW [reported]'],
    ],
    [
      '"she" skips a man named later, whose given name or honorific tells his gender',
      'Kaveri Raghunathan met investors in Riyadh on Monday. Finance minister Adebayo Ogunleye hosted a dinner in Lagos. Mr. Eze Obi spoke too. On Wednesday she flew to Doha to pitch a cooling venture.',
      ['Kaveri Raghunathan → QA [reported] data-centers', 'Kaveri Raghunathan → SA [reported] investment'],
    ],
    [
      'an interview: the person its introduction names answers, "we" in an answer is her party, the interviewer stays home',
      'Dr. Ximena Cuautle, rector of Universidad Tecnológica del Bajío Norte, is back from Asia. Nadia Farahani spoke with her by video.\n\nQ: What did you do in Korea?\n\nA: We spent four days in Daejeon signing a master\'s programme in chip engineering. Professor Seo Jae-hyuk showed us his lab.\n\nQ: What comes next?\n\nA: In November I will travel to Phoenix to meet a university that trains technicians for the fabs.\n\nQ: And after that?\n\nA: Rest.',
      ['Ximena Cuautle → KR [reported] chips,talent', 'Ximena Cuautle → US [planned] chips,talent'],
    ],
    [
      'a party led from home; a member "among them" who flies home after the first stop misses the next',
      "ANKARA — Turkey's industry minister, Mehmet Kaan Erdinç, left for Central Asia on Sunday at the head of a delegation hunting gallium for chips.\n\nThe delegation includes executives from fourteen companies. Among them is Zeynep Altıntaş-Yurt, chief executive of Karadeniz Silikon. Altıntaş-Yurt will fly back to Istanbul after the Astana talks.\n\nIn Astana the delegation is to meet refiners to secure gallium supply for chipmakers. On Wednesday the rest of the delegation is scheduled to fly on to Tashkent to discuss solar power for data centers.",
      ['Mehmet Kaan Erdinç → KZ [planned] chips,supply-chain', 'Mehmet Kaan Erdinç → UZ [planned] data-centers,energy', 'Zeynep Altıntaş-Yurt → KZ [planned] chips,supply-chain'],
    ],
    [
      'a rector of an institution in a city is at home there; back from ten days abroad is a visit',
      'Ximena Cuautle, rector of the Universidad Tecnológica del Bajío Norte in Querétaro, returned last week from ten days in South Korea, where she signed a master\'s programme in chip engineering.',
      ['Ximena Cuautle → KR [reported] chips,talent'],
    ],
    [
      'a press release dated in its dateline: the delegation it hosted is there',
      'HAMAR, Norway, 8 April 2025 – Nordavind Datasenter AS today announced that it hosted a delegation from Riyadh-based Najd Horizon Capital at its AI campus.\n\nThe delegation, led by Managing Director Abdulrahman Al-Harbi, toured the liquid-cooled server halls to weigh an investment.',
      ['Abdulrahman Al-Harbi → NO [reported] data-centers,investment'],
    ],
    [
      'a visit postponed to a new date still stands; one postponed with no date, or only considered, does not; a contractor elsewhere is no stop',
      'Lin Yu-ting has postponed a visit to the packaging plant in Kumamoto from September to November. Hiroshi Nakagawa postponed his trip to Phoenix and gave no new date. Mert Aydin said he was considering a trip to Seoul but had made no decision. Emiko Fujisawa will lead a team to Vietnam next week to inspect a chip packaging plant and cut the firm\'s dependence on a single contractor in Malaysia.',
      ['Emiko Fujisawa → VN [planned] chips', 'Lin Yu-ting → JP [planned]'],
    ],
    [
      'where someone was born is home; a place in a clause about the company is no trip',
      'Siriporn Wattanakul keeps a notebook of every factory she has walked through.\n\nBorn in Chiang Mai and trained as an engineer in Bangkok, she joined the company in 2017, when it ran a single server hall in Singapore. In 2023 she travelled to South Korea to negotiate a supply contract for high-bandwidth memory.',
      ['Siriporn Wattanakul → KR [reported] memory,supply-chain'],
    ],
    [
      'a companion who joins in the passive; a party that moves on moves the scene',
      'ACCRA — Ghana\'s energy minister, Ekow Nyarko-Baidoo, leaves on Monday for a tour of Norway and Sweden to find cheap power for data centers.\n\nOn Tuesday he will be joined in Oslo by Abena Owusu-Sarpong, chief executive of an Accra start-up.\n\nOn Wednesday the delegation moves on to Stockholm. There the minister is due to sign a deal on training transmission engineers.',
      ['Abena Owusu-Sarpong → NO [planned] data-centers,energy', 'Abena Owusu-Sarpong → SE [planned] energy,talent', 'Ekow Nyarko-Baidoo → NO [reported] data-centers,energy', 'Ekow Nyarko-Baidoo → SE [reported] data-centers,energy,talent'],
    ],
    [
      'where someone comes home to is home; "the chairwoman" opening the next sentence is the person just named',
      'HANOI - Pham Thi Lan Anh came home to Hanoi last weekend from a tour of North America. The chairwoman of Song Hong Technology Group travelled to the United States and Canada with the group\'s chief technology officer, Vo Quoc Bao, to recruit engineers.',
      ['Pham Thi Lan Anh → CA [reported] talent', 'Pham Thi Lan Anh → US [reported] talent', 'Vo Quoc Bao → CA [reported] talent', 'Vo Quoc Bao → US [reported] talent'],
    ],
    [
      'a place in a "which" clause about a firm is no stop',
      'The chief executive of South Africa\'s Karoo Cloud Holdings, Lindiwe Nkosi-van Wyk, arrived in Nairobi on Sunday to buy geothermal power. Travelling with her was Mert Yildirim, a director at Toros Muhendislik, which has built two data centres for Karoo in South Africa.',
      ['Lindiwe Nkosi-van Wyk → KE [reported] energy', 'Mert Yildirim → KE [reported] data-centers,energy'],
    ],
    [
      'a colleague who "will accompany him"; a city that is also a given name opens a person\'s name',
      'Jassim Rashid Al-Marri will still travel to Argentina as planned. In Buenos Aires on Tuesday he is scheduled to meet Santiago Ibáñez Ferrán, founder of Patagonia Cómputo, to discuss data centers. Maryam Khalifa Al-Sada, the fund\'s head of digital infrastructure, will accompany him.',
      ['Jassim Rashid Al-Marri → AR [planned] data-centers', 'Maryam Khalifa Al-Sada → AR [planned] data-centers'],
    ],
    [
      'a stop the party "was supposed to" make is none',
      'Ximena Cuautle spent four days in Daejeon, South Korea, signing a chip engineering programme. She was supposed to stop in Kumamoto, Japan, on the way back.',
      ['Ximena Cuautle → KR [reported] chips,talent'],
    ],
    [
      'a sentence that says nothing of time goes on with the planned trip; one in the past tense reports',
      'Sam Altman will visit Japan next week. In Tokyo, Altman meets SoftBank chairman Masayoshi Son to discuss chips. He then heads to Seoul to talk about memory. Jensen Huang is set to tour Vietnam in May. Huang met suppliers in Taipei on Friday.',
      ['Jensen Huang → TW [reported] supply-chain', 'Jensen Huang → VN [planned]', 'Sam Altman → JP [planned] chips', 'Sam Altman → KR [planned] memory'],
    ],
    [
      'a trip put off to a new date in the next sentence is still planned; a commentator\'s "said" of the trip is no trip of his',
      'Sam Altman will visit Japan in October to discuss chips. The trip has been postponed to November 12. Analyst Kenji Mori said the Japan trip mattered for chip supply.',
      ['Sam Altman → JP [planned] chips,supply-chain'],
    ],
    [
      'a tour told backwards: "Seoul, where she spent", breakfast with partners, a site on the edge of a city, a member who flew home, a trip only floated',
      [
        'On Thursday Liesbeth Vandermolen, the Netherlands\' minister of economic affairs, toured a data center on the edge of Johor Bahru.',
        'The day before, in Singapore, Vandermolen had breakfast with the partners of Kallang Quay Capital to pitch a fund for chip start-ups.',
        'The centrepiece was Seoul, where Vandermolen spent Tuesday with memory makers. She was joined there by Pieter Dykhuis, chief executive of Brakelmeer Lithography. Dykhuis flew home from Seoul on Wednesday and did not go on to Singapore.',
        'Vandermolen is due back in The Hague on Saturday. A second trip, possibly to India, has been floated for the autumn but not scheduled.',
      ].join('\n\n'),
      ['Liesbeth Vandermolen → KR [reported] memory', 'Liesbeth Vandermolen → MY [reported] data-centers', 'Liesbeth Vandermolen → SG [reported] chips', 'Pieter Dykhuis → KR [reported] memory'],
    ],
    [
      '"travelled with" a companion, "the envoy" as the role an apposition gave, and ", while the envoy went on" a clause of its own',
      [
        'NAIROBI — Hamdan Saif Al-Kaabi, chairman of the Abu Dhabi fund Qasr Digital, arrived in Nairobi on Monday to discuss a geothermal data center.',
        'He travelled with Mariam Obaid Al-Shamsi, the United Arab Emirates\' special envoy for the digital economy.',
        'The envoy said any deal depended on data rules.',
        'On Tuesday the chairman flew home, while the envoy went on alone to Kigali to open a training programme for technicians.',
      ].join('\n\n'),
      ['Hamdan Saif Al-Kaabi → KE [reported] data-centers,energy,regulation', 'Mariam Obaid Al-Shamsi → KE [reported] regulation', 'Mariam Obaid Al-Shamsi → RW [reported] talent'],
    ],
    [
      'a report set at a summit: a foreign firm\'s officer who attended, a Gulf investor on a panel are there; the host is home; one on video is not; next year\'s venue is nobody\'s stop',
      [
        'ACCRA — The West Africa Compute Forum closed on Thursday with pledges for two data-center projects.',
        'Ghana\'s minister for communications, Abena Owusu-Ansah, who hosted the forum, pitched cheap hydropower for server farms.',
        'Li Wenhao, chairman of the Chinese server maker Qiantang Compute, attended both days and signed a deal to supply cooling racks.',
        'Hamad Al Suwaidi, chief executive of Abu Dhabi-based Falaj Capital, told the investment panel his firm had set aside $800 million.',
        'Senegal\'s digital minister addressed the closing session by video link from Dakar. Next year\'s forum will be held in Lagos.',
      ].join('\n\n'),
      ['Hamad Al Suwaidi → GH [reported] investment', 'Li Wenhao → GH [reported] data-centers'],
    ],
    [
      'the officer of "the Italian data-center operator" is at home in Milan; "who had flown to Abu Dhabi" is a trip',
      'MILAN — Aurelio Santangeli, chief executive of the Italian data-center operator Lumenvia, drove to Milan airport on Monday and flew to Doha to discuss power for its campus. The company\'s chief operating officer, Giulia Marchetti-Bassi, who had flown to Abu Dhabi on Sunday, signed an energy deal there.',
      ['Aurelio Santangeli → QA [reported] data-centers,energy', 'Giulia Marchetti-Bassi → AE [reported] energy'],
    ],
    [
      'a host\'s office written after the visitors does not make them hosts; an office in apposition makes its holder one',
      'In Paris, Ahmed Al-Tenaiji and Noura Al-Hammadi met France\'s minister delegate for digital affairs, Claire Mathurin, to discuss data centers. Sanne Verhoeckx, the Netherlands\' minister of economic affairs, was in The Hague.',
      ['Ahmed Al-Tenaiji → FR [reported] data-centers', 'Noura Al-Hammadi → FR [reported] data-centers'],
    ],
    [
      '"From there she went to Prague" goes on from the last stop, and "The longest leg was to Abidjan" is a stop',
      'PARIS — The first stop was Türkiye. In Ankara, Ines Kowalczyk-Baptiste met a deputy energy minister. From there she went to Prague to hire engineers. The longest leg was to Abidjan, where she signed a data center deal.',
      ['Ines Kowalczyk-Baptiste → CI [reported] data-centers', 'Ines Kowalczyk-Baptiste → CZ [reported] talent', 'Ines Kowalczyk-Baptiste → TR [reported] energy'],
    ],
    [
      'officials named with "a Chilean government delegation" serve in Chile; a "who" clause is its own person\'s; a plan in a "where" clause is that clause\'s',
      [
        'TOKYO — A Chilean government delegation selling the country as a home for data centres spent Monday in Tokyo.',
        'Economy Minister Valentina Ríos Etchegaray met executives of Kumo Rail Data and visited the Tokyo campus of a research institute, where Chilean researchers will join a joint lab next year.',
        'On Tuesday Ríos flew to Seoul, where she was joined by Beatriz Olmedo, who had spent the previous three days in Singapore meeting fund managers about investment. Ríos is due back in Santiago on Thursday.',
      ].join('\n\n'),
      ['Beatriz Olmedo → KR [reported]', 'Beatriz Olmedo → SG [reported] investment', 'Valentina Ríos Etchegaray → JP [reported] research', 'Valentina Ríos Etchegaray → KR [reported]'],
    ],
    [
      '"India\'s Minister of State for Electronics and IT" serves at home: the fabs in Gujarat he talks of are no visit to India',
      'TOKYO — India\'s Minister of State for Electronics and IT, Arjun Malhotra-Sethi, arrived overnight from New Delhi. He is in Tokyo, he says, to persuade chip equipment makers to invest alongside the fabs India is subsidising in Gujarat.',
      ['Arjun Malhotra-Sethi → JP [reported] chips,investment'],
    ],
    [
      'the person a "who is travelling with her" clause is about travels with her',
      'Farida Nurmagambetova flew from Singapore to Montréal on Sunday to open a symposium. In Montréal she presented joint work with Tan Wei Jun, a postdoctoral fellow who is travelling with her, on memory-aware scheduling.',
      ['Farida Nurmagambetova → CA [reported] memory', 'Tan Wei Jun → CA [reported] memory'],
    ],
    [
      'the one who "recalls" in a parenthesis is not the one who travelled',
      'Farida Nurmagambetova runs a lab at the Straits Institute of Technology in Singapore. Her former supervisor, Dietmar Kohlhaas, remembers a student who argued with the hardware. In 2019, he recalls, she talked her way onto an industry trip to Shenzhen to watch a test chip come back from the fab.',
      ['Farida Nurmagambetova → CN [reported] chips'],
    ],
    [
      'a trip postponed by weeks is still ahead; "had been due to" calls off a date, not the stop; "will now travel"; a dateline the plan sets off from',
      "TOKYO — Digital Minister Keiko Hoshino has postponed a planned trip to Saudi Arabia by about four weeks, officials said. Hoshino had been due to leave for Riyadh on Nov. 9. She will now travel in the first week of December. In Riyadh, Hoshino plans to meet the kingdom's investment officials.",
      ['Keiko Hoshino → SA [planned] investment'],
    ],
    [
      'a dateline a trip to regions sets off from; whom a host "is expected to receive" is the planned guest',
      [
        'LONDON - Mirela Tanase, founder of Helix Sovereign Partners, will spend much of May in the Gulf and Asia meeting state investors.',
        'Saudi officials want the kingdom to host computing capacity. Saad Al-Turaif, a deputy minister at the communications ministry, is expected to receive Tanase in Riyadh, according to the itinerary.',
      ].join('\n\n'),
      ['Mirela Tanase → SA [planned]'],
    ],
    [
      'a leaked itinerary printed as a table: each row\'s day, then where it ends up; a host in the row stays a host; the trip home is none',
      [
        "A five-page itinerary for Vantorra AI chief executive Desmond Achterberg, circulated among suppliers, shows the San Francisco company's boss planning a week of back-to-back meetings across Asia this month.",
        'MON 14 JUL | TOKYO | 08:00 breakfast, Kurogane Memory leadership — HBM roadmap\nTUE 15 JUL | TOKYO > SEOUL | 14:00 Seorin Electronics — HBM4 supply agreement (host: Chairman Kwon Tae-hoon)\nWED 16 JUL | SEOUL > JAKARTA | Ministry of Investment — land and permits for a 200MW campus\nTHU 17 JUL | JAKARTA > SFO',
      ].join('\n\n'),
      ['Desmond Achterberg → ID [planned] regulation', 'Desmond Achterberg → JP [planned] memory', 'Desmond Achterberg → KR [planned] memory,supply-chain'],
    ],
    [
      'a name after "of the" and its description is nobody\'s trip',
      'Farida Nurmagambetova works in Singapore. Next week she flies to Canada to open a research symposium.\n\nShe grew up in Almaty and studied mathematics there before moving to Munich for a doctorate, where she spent six years in the group of the computer architect Dietmar Kohlhaas.',
      ['Farida Nurmagambetova → CA [planned] research', 'Farida Nurmagambetova → DE [reported]'],
    ],
    [
      'a summit at a dated dateline ("ASTANA, Sept 24 -"): who told the forum or came to sign is there; "the guest list" is nobody; a sentence opening on someone on video ends the frame',
      [
        'ASTANA, Sept 24 - Kazakhstan opened its second Steppe Compute Forum on Wednesday with delegations from more than 30 countries.',
        "Arman Zhaksylykov, who heads Kazakhstan's Ministry of Digital Development, told the opening session that the state would offer land and grid connections. The guest list reflected how widely the pitch has travelled.",
        "Bekzod Tursunov, Uzbekistan's deputy minister for digital technologies, told the forum that Tashkent and Astana were discussing a shared power link.",
        'Lukas Brenner, a professor at the Zurich-based Alpine Institute for Machine Learning, came to sign a research agreement with the Esil University of Technology. Ethan Calloway, co-founder of San Francisco-based Northlight Labs, addressed the forum by video link, citing export licensing for advanced chips.',
      ].join('\n\n'),
      ['Bekzod Tursunov → KZ [reported]', 'Lukas Brenner → KZ [reported] research'],
    ],
    [
      'a firm\'s nationality told in apposition is its officers\' home; "S.A." and "AS" are the same firm without them',
      'WARSAW, Poland, February 10, 2026 -- Vistula Compute S.A., a Polish operator of computing facilities, and Nordvann Energi AS, a Norwegian hydropower producer, today announced a power agreement.\n\nThe agreement was signed in Warsaw by Tomasz Zielinski, Chief Executive Officer of Vistula Compute, and Ingrid Solberg, Chief Executive Officer of Nordvann Energi, who travelled from Oslo for the ceremony.',
      ['Ingrid Solberg → PL [reported]'],
    ],
    [
      'a gathering named for its place ("the Brussels meetings"), and "among those at" it',
      'The delegation spent Monday in Brussels. Among those at the Brussels meetings were Vikram Sethuraman, chairman of Sethu Electronics, and Kavita Raghunathan.\n\nAnand Rao, a founder from Pune, attended the Paris summit. Meera Iyer was among those at the Riyadh talks.',
      ['Anand Rao → FR [reported]', 'Kavita Raghunathan → BE [reported]', 'Meera Iyer → SA [reported]', 'Vikram Sethuraman → BE [reported]'],
    ],
    [
      'whoever "heads Kenya\'s Ministry" serves in Kenya: a host, not a visitor',
      "NAIROBI, Nov 4 (Meridian Wire) - The chief executive of Helsinki-based Kuura Compute toured geothermal fields in Kenya on Tuesday.\n\nAino Virtanen arrived in Nairobi on Monday with the company's chief financial officer, Mikael Lindqvist. The two executives visited wells near Naivasha before meeting Joseph Mwangale, the cabinet secretary who heads Kenya's Ministry of Information, to discuss power for a data center.",
      ['Aino Virtanen → KE [reported] data-centers,energy', 'Mikael Lindqvist → KE [reported] data-centers,energy'],
    ],
    [
      'cities beyond East Asia and the Gulf: Fortaleza, Łódź, Karachi',
      "Valentina Rocha runs a start-up in Santiago. In June she was in Fortaleza, on Brazil's north-eastern coast, where wind farms line the dunes. In July she flew to Lodz for talks on power, and in August to Karachi.",
      ['Valentina Rocha → BR [reported] energy', 'Valentina Rocha → PK [reported]', 'Valentina Rocha → PL [reported]'],
    ],
    [
      'those "among" the party at its meetings share the purposes the meetings were told with',
      'The 14-member delegation, led by Rajeev Khandelwal, spent Monday in Brussels meeting officials of the European Commission on data protection rules. Among those at the Brussels meetings were Vikram Sethuraman, chairman of Sethu Electronics, and Kavita Raghunathan.',
      ['Kavita Raghunathan → BE [reported] regulation', 'Rajeev Khandelwal → BE [reported] regulation', 'Vikram Sethuraman → BE [reported] regulation'],
    ],
    [
      '"her fourth trip to Taiwan", "the 51-year-old engineer" and someone who "rarely travels"',
      ['Priya Raghunathan runs Vantor Silicon from San Jose. It was her fourth trip to Taiwan in eighteen months.', 'Back in Hsinchu, the 51-year-old engineer spent nearly three hours on the factory floor.', 'Her co-founder, Marcus Feld, rarely travels.'].join('\n\n'),
      ['Priya Raghunathan → TW [reported]'],
    ],
    [
      '"Stockholm\'s Nordvind Capital" says where a firm is and whose home; a party someone hosts is a new party',
      [
        "JOHOR BAHRU — Sofia Lindqvist, a partner at Stockholm's Nordvind Capital, was in Malaysia this week to inspect two hyperscale campuses.",
        "EINDHOVEN — Aiko Tanabe, president of Kyoto's Kisaragi Photonics, toured the Netherlands. Tanabe also visited Brabant Lithography Systems to discuss equipment for Kisaragi's planned chip line in Kumamoto.",
        "COMING UP — Leila Haddad, chief executive of Abu Dhabi's Sahra AI, is set to visit Taiwan next week to meet server assemblers.",
        'STAYING PUT — In Osaka, Kenji Morita, president of Sakuragawa Power, hosted a delegation of pension fund managers from Europe.',
      ].join('\n\n'),
      ['Aiko Tanabe → NL [reported] chips', 'Leila Haddad → TW [planned] data-centers', 'Sofia Lindqvist → MY [reported]'],
    ],
    [
      'members the party\'s list names after its arrival are where it went; each one\'s paragraph tells their purpose',
      [
        'HANOI — President Baek Jun-seo arrived in Hanoi on Wednesday for a state visit with a delegation of 90 business leaders.',
        'The delegation includes Hanul Chips chairman Ryu Dong-min and Saebyeok Power chief executive Kwon Mi-rae, his office said.',
        'Ryu told reporters that Hanul Chips would expand its chip packaging plant near Hanoi.',
        'Kwon met officials to discuss power for industrial parks and a gas-fired plant.',
      ].join('\n\n'),
      ['Baek Jun-seo → VN [reported] chips', 'Kwon Mi-rae → VN [reported] energy', 'Ryu Dong-min → VN [reported] chips'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(visits(run(text, 'en'))).toEqual(expected);
  });
});

describe('VISITED with purposes — Indonesian', () => {
  it.each([
    [
      'a visit word of regional news, and a party named for where it comes from',
      'Direktur Utama PT Nusantara Komputasi Raya (NKR), Satria Wibisana, bersafari ke Finlandia dan Polandia pekan lalu. Kunjungan rombongan Singapura dan Malaysia ke Batam merupakan yang ketiga.',
      ['Satria Wibisana → FI [reported]', 'Satria Wibisana → PL [reported]'],
    ],
    [
      'a bare office names its holder, and whoever escorts a host at home stays home',
      'Gubernur Kepulauan Riau Raja Azhar Hamidi menerima investor di Tanjungpinang. Kepala Dinas ESDM Kepri, Ir. Budi Santoso, yang turut mendampingi gubernur, menyebut kebutuhan listrik. Usai pertemuan, Gubernur dijadwalkan bertolak ke Johor Bahru, Malaysia, untuk membahas interkoneksi listrik.',
      ['Raja Azhar Hamidi → MY [planned] energy'],
    ],
    [
      'a one-word name seen before is that person again',
      'Direktur Teknologi NADA, Wibisono, mengatakan pasokan aman. Pada September lalu, Wibisono berkunjung ke Taiwan untuk bertemu pemasok GPU.',
      ['Wibisono → TW [reported] chips,supply-chain'],
    ],
    [
      'a one-word name an occupation describes, and taking part in a workshop abroad',
      'Salah satu mahasiswa yang akan ikut adalah Gilang, mahasiswa magister teknik mesin ISTC. Ia dijadwalkan berangkat ke Oulu pada September untuk melakukan riset. Pada Maret lalu, dosen ISTC Dr. Ir. Yohanes Mandagi, M.Eng., mengikuti lokakarya riset desain chip di Hyderabad.',
      ['Gilang → FI [planned] research', 'Yohanes Mandagi → IN [reported] chips,research'],
    ],
    [
      'a regency named after the district, with its area noun, is where the visit is',
      'TENGGARONG — Investor asal Uni Emirat Arab, Hamdan Rashid Al Suwaidi, meninjau calon lokasi pusat data di Kecamatan Loa Kulu, Kabupaten Kutai Kartanegara, Kalimantan Timur, Kamis.',
      ['Hamdan Rashid Al Suwaidi → ID [reported] data-centers,investment'],
    ],
    [
      'a member of the party named later goes where the party went',
      'Gubernur Kepulauan Riau H. Ahmad Syahrial memimpin rombongan ke Singapura untuk menarik investasi pusat data. Yang kami minta, investor datang dan membangun di Kepri, ujar Syahrial. Kepala Dinas Penanaman Modal Kepulauan Riau, Dr. Rina Kusumawardani, M.Si., yang turut dalam rombongan, menyebut minat investasi selama kunjungan mencapai Rp 18 triliun.',
      ['Ahmad Syahrial → SG [reported] data-centers,investment', 'Rina Kusumawardani → SG [reported] data-centers,investment'],
    ],
    [
      'di + country at the start of the sentence',
      'Di Jepang, Sam Altman bertemu perusahaan energi untuk membahas pasokan daya bagi pusat data.',
      ['Sam Altman → JP [reported] data-centers,energy'],
    ],
    [
      'a planned visit with akan and a shared agenda',
      'Satya Nadella akan mengunjungi Thailand dan Malaysia dengan agenda serupa: investasi pusat data dan pelatihan AI.',
      ['Satya Nadella → MY [planned] data-centers,investment,talent', 'Satya Nadella → TH [planned] data-centers,investment,talent'],
    ],
    [
      'ia continues the visitor across sentences',
      'Sam Altman tiba di Seoul pada Selasa. Di sana ia membahas chip memori dengan Samsung Electronics.',
      ['Sam Altman → KR [reported] memory'],
    ],
    [
      'the host at home is not a visitor',
      'Presiden Joko Widodo menerima CEO Microsoft Satya Nadella di Istana Merdeka, Jakarta, untuk membahas investasi.',
      ['Satya Nadella → ID [reported] investment'],
    ],
    [
      'a trip to a region names no country',
      'Setelah kunjungan ke Asia Timur, Sam Altman melanjutkan tur ke Timur Tengah untuk mencari pendanaan.',
      [],
    ],
    [
      'an Indonesian official named without a country serves at home',
      'LONDON — Wakil Menteri Pendidikan Tinggi, Sains, dan Teknologi Stella Christie melakukan kunjungan kerja ke Inggris. Masih di London, ia berdiskusi soal model AI untuk bahasa daerah di Indonesia.',
      ['Stella Christie → GB [reported] talent'],
    ],
    [
      'the subject of a meeting noun travelled to it',
      'Kunjungan ini merupakan tindak lanjut pertemuan Presiden Prabowo Subianto dengan Perdana Menteri Inggris Keir Starmer di London pada November 2024.',
      ['Prabowo Subianto → GB [reported]'],
    ],
    [
      'attending, right after a trip to the place in focus',
      'Perdana Menteri India Narendra Modi dijadwalkan tiba di Paris pada Senin. Wakil Presiden Amerika Serikat JD Vance juga akan hadir.',
      ['JD Vance → FR [planned]', 'Narendra Modi → FR [planned]'],
    ],
    [
      'a party with no members named is whoever last travelled; a plan called off the next sentence',
      'Meutya Hafid dijadwalkan bertolak ke Korea Selatan pada Selasa. Dari Seoul, rombongan akan melanjutkan perjalanan ke Tokyo. Semula, rombongan juga dijadwalkan singgah di Beijing. Namun, rencana itu dibatalkan.',
      ['Meutya Hafid → JP [planned]', 'Meutya Hafid → KR [planned]'],
    ],
    [
      'going "ke" a place without a verb',
      'Komisaris utama kami, Pak Teguh Santoso, bulan lalu ke Reykjavik untuk melihat pusat data bertenaga panas bumi.',
      ['Teguh Santoso → IS [reported] data-centers,energy'],
    ],
    [
      'flying in from an office abroad, met by a national arm of the company',
      'JAKARTA — Danantara menerima empat tamu, Kamis. Berikutnya, Rachel Tan, wakil presiden Nvidia, yang terbang dari kantornya di Singapura. Rachel didampingi Country Director Nvidia Indonesia, Yosef Gunawan, yang berkantor di Jakarta.',
      ['Rachel Tan → ID [reported]'],
    ],
    [
      'colleagues who join a trip share its purposes',
      'Dari Shenzhen, Galih Pratama Nasution dijadwalkan terbang ke Seoul untuk membahas pusat data dan pelatihan talenta digital. Direktur Dian Puspitasari dan Direktur Yudi Hermawan akan ikut ke Seoul.',
      ['Dian Puspitasari → KR [planned] data-centers,talent', 'Galih Pratama Nasution → KR [planned] data-centers,talent', 'Yudi Hermawan → KR [planned] data-centers,talent'],
    ],
    [
      'a speaker who says "dirinya" tells of his own trip',
      'Sementara itu, Bahlil Lahadalia mengatakan dirinya akan bertolak ke Singapura bulan depan untuk membahas ekspor listrik hijau.',
      ['Bahlil Lahadalia → SG [planned] energy'],
    ],
    [
      'a regent with degrees before his name receives guests at home',
      'BATANG — Bupati Batang Dr. Ir. H. Wicaksono Adiprawiro, M.Si. menerima rombongan investor dari Jepang di pendopo, Senin. Rombongan datang untuk meninjau lahan pabrik chip. Wicaksono dijadwalkan memimpin misi dagang ke Osaka pada Juni untuk menarik investasi.',
      ['Wicaksono Adiprawiro → JP [planned] investment'],
    ],
    [
      'a guest received at home is a visitor',
      'JAKARTA — Menteri Investasi Rosan Roeslani menerima dua calon investor di kantornya, Kamis. Tamu pertama adalah Chairman Formosa Advanced Packaging Corp., Chen Wei-ting, yang membawa rencana pabrik chip.',
      ['Chen Wei-ting → ID [reported] chips,investment'],
    ],
    [
      'parting from the group in one city and flying on to another; coming back home is no visit',
      'Rombongan Direktur Utama PT Awan Rinjani Data, Teuku Bahrul Azmi, tiba di Busan untuk forum investasi. Pada Kamis, Teuku Bahrul berpisah dari rombongan di Busan dan terbang ke Singapura untuk bertemu investor. Rombongan tiba kembali di Jakarta pada Jumat.',
      ['Teuku Bahrul Azmi → KR [reported] investment', 'Teuku Bahrul Azmi → SG [reported] investment'],
    ],
    [
      'a council commission and its numbered name, members after it, and the dateline the party set off from',
      'TANJUNGPINANG – Komisi II DPRD Kepri melakukan kunjungan kerja ke Johor, Malaysia, pekan lalu untuk mempelajari perizinan pusat data. Rombongan dipimpin Ketua Komisi II H. Raja Ahmad Fadli, S.H., bersama anggota Komisi II Andi Tenri Abeng, S.E. Di Johor Bahru, rombongan diterima pejabat Perbadanan Pelaburan Digital Johor, Encik Zulkifli bin Hassan.',
      ['Andi Tenri Abeng → MY [reported] data-centers,regulation', 'Raja Ahmad Fadli → MY [reported] data-centers,regulation'],
    ],
    [
      'three travellers in one sentence, each with a verb and a place of their own; two joined by "dan" share one',
      'Direktur Utama NDK Hendra Wijaya bertolak ke Tokyo untuk membahas pasokan GPU, sementara Direktur Keuangan Ratna Lubis terbang ke Abu Dhabi guna menemui investor, dan Direktur Teknologi I Made Ariawan berada di Taipei untuk menjajaki kerja sama chip. Dewi Sartika dan Yudi Hermawan akan ikut ke Seoul.',
      ['Dewi Sartika → KR [planned]', 'Hendra Wijaya → JP [reported] chips,supply-chain', 'I Made Ariawan → TW [reported] chips', 'Ratna Lubis → AE [reported] investment', 'Yudi Hermawan → KR [planned]'],
    ],
    [
      'the one cited tells of someone else\'s trip',
      'Menurut Citra Maharani, di Tokyo Hendra Wijaya dijadwalkan menandatangani nota kesepahaman pasokan GPU.',
      ['Hendra Wijaya → JP [planned] chips,supply-chain'],
    ],
    [
      'one traveller goes on, the other ("sedangkan") goes home',
      'Usai pertemuan di Jakarta, Zainab Rizvi akan melanjutkan perjalanan ke Ho Chi Minh City untuk menjajaki investasi pusat data, sedangkan Aniruddh Venkataraman kembali ke Chennai.',
      ['Zainab Rizvi → ID [planned]', 'Zainab Rizvi → VN [planned] data-centers,investment'],
    ],
    [
      'a member who speaks a negation in a quote still travels; "ketiganya" is the party',
      'Delegasi rektor tiga perguruan tinggi akan berkunjung ke Dresden, Jerman, pada Oktober. Selain Nurul Fajri, delegasi itu beranggotakan Rektor Universitas Teknologi Minahasa, Prof. Dr. Ir. Jeffry Pangemanan, M.T., dan Prof. Dr. Yakomina Ohee, M.Sc. "Kalau dosennya belum pernah masuk cleanroom, mahasiswanya juga tidak akan," ujar Nurul Fajri. Di Dresden, ketiganya dijadwalkan meneken program beasiswa semikonduktor.',
      ['Jeffry Pangemanan → DE [planned] chips,talent', 'Nurul Fajri → DE [planned] chips,talent', 'Yakomina Ohee → DE [planned] chips,talent'],
    ],
    [
      '"sang direktur" is the chief executive the story is about, not the technical director beside him',
      'Direktur Utama Tambun Bungai Data, Yohanes Lambung Tingang, mengatakan perusahaannya butuh listrik murah. Ia didampingi Direktur Teknik Gusti Ayu Sriasih. Bulan depan, sang direktur dijadwalkan terbang ke Korea Selatan untuk membeli server.',
      ['Yohanes Lambung Tingang → KR [planned] data-centers'],
    ],
    [
      'a cancelled trip in a concessive clause, two people sent in its place, "keduanya", and a local official escorting them',
      'Meski sang chairman batal datang, Yushan tetap mengirim Wakil Presiden Operasional Chen Yi-ting dan manajer fasilitas Tsai Pei-shan ke Jawa Timur. Keduanya tiba di Surabaya pada Senin malam untuk meninjau lahan pabrik chip, didampingi Endang Sulistyowati dari Pemerintah Provinsi Jawa Timur.',
      ['Chen Yi-ting → ID [reported] chips', 'Tsai Pei-shan → ID [reported] chips'],
    ],
    [
      '"keduanya" is the pair a companion sentence named, through a sentence that names nobody and after an opening phrase',
      'Pekan lalu Yohanes Lambung Tingang melawat ke Sarawak, Malaysia. Dalam lawatan itu, Yohanes didampingi Direktur Teknik I Gusti Ayu Made Sriasih. Perempuan asal Gianyar itu mempelajari sistem pendingin. Dari Kuching, keduanya terbang ke Singapura untuk menjajaki pendanaan.',
      ['I Gusti Ayu Made Sriasih → MY [reported] data-centers', 'I Gusti Ayu Made Sriasih → SG [reported] investment', 'Yohanes Lambung Tingang → MY [reported] data-centers', 'Yohanes Lambung Tingang → SG [reported] investment'],
    ],
    [
      'a planned trip goes on in a sentence without "akan"; "yang akan dibangun" plans a building, not the trip; "Maret lalu" is past',
      'Direktur Utama PT Awan Khatulistiwa, Rudi Hartono, dijadwalkan bertolak ke Jepang pekan depan. Di Tokyo, Rudi bertemu investor untuk membahas pendanaan. Pada Maret lalu, Rudi berkunjung ke Seoul untuk membahas chip memori. Satria Wibisana bersafari ke Finlandia untuk mencari model pusat data yang akan dibangun di Kalimantan.',
      ['Rudi Hartono → JP [planned] investment', 'Rudi Hartono → KR [reported] memory', 'Satria Wibisana → FI [reported] data-centers'],
    ],
    [
      'a one-word name that speaks twice is a person; the firm an apposition calls a startup is no person; a stop that opens its sentence is where "di sana" is',
      [
        'Wiratmo tidak punya nama belakang. "Cukup satu kata," kata pendiri Awan Merapi Komputasi, perusahaan rintisan asal Yogyakarta itu, sambil tertawa.',
        'Di San Francisco, ia bertemu enam investor untuk membahas pendanaan. Menurut Wiratmo, investor di sana ragu.',
        'Singapura menjadi persinggahan berikutnya. Di sana Wiratmo ditemani Laras Sekar Kinasih, yang terbang langsung dari Jakarta, untuk membahas pusat data. "Mereka paham soal listrik," kata Wiratmo.',
      ].join('\n\n'),
      ['Laras Sekar Kinasih → SG [reported] data-centers,energy', 'Wiratmo → SG [reported] data-centers,energy', 'Wiratmo → US [reported] investment'],
    ],
    [
      'a cancellation told before the plan still calls that stop off; a spokesman who adds where the agenda goes on is no traveller; a commentator "menilai lawatan ke AS" is none',
      [
        'JAKARTA — Menteri Koordinator Bidang Perekonomian Arief Wicaksono batal mengunjungi Kanada pekan depan, kata Juru Bicara Dimas Prasetyo.',
        'Pada Senin, Dimas mengumumkan bahwa Arief akan bertolak ke Washington untuk membahas ekspor chip, lalu melanjutkan perjalanan ke Kanada. "Agenda di Kanada kami batalkan untuk beliau," ujar Dimas. Ia menambahkan, agenda di Toronto akan diwakili Deputi Bidang Koordinasi Ekonomi Digital, Ketenagakerjaan, dan UMKM, Rahmat Hidayatullah Siregar.',
        'Pengamat dari Lembaga Kajian Digital Nusantara, Fitria Ramadhani, menilai lawatan ke AS penting untuk pasokan GPU.',
      ].join('\n\n'),
      ['Arief Wicaksono → US [planned] chips', 'Rahmat Hidayatullah Siregar → CA [planned]'],
    ],
    [
      '"beliau" keeps pointing at the respected person it named, past a sentence where someone else speaks',
      [
        'Usianya sudah 78 tahun, tetapi Tjahjadi Hartanto, pendiri Grup Sinar Digdaya, enggan duduk di kantor. Awal April lalu, beliau terbang ke Shenzhen, Tiongkok, untuk menemui pemasok server.',
        'Budi Santoso, direktur keuangan grup itu, mengatakan kunjungan beliau berhasil mengamankan pengiriman server.',
        'Seusai urusannya di Tiongkok, beliau singgah di Hanoi, Vietnam, untuk membahas listrik tenaga surya.',
      ].join('\n\n'),
      ['Tjahjadi Hartanto → CN [reported] data-centers,supply-chain', 'Tjahjadi Hartanto → VN [reported] energy'],
    ],
    [
      'a director of "PT … Tbk (SCDG)" is at home in Indonesia past the short form; someone "tidak termasuk dalam rombongan" is no traveller',
      [
        'Tim Kemenperin dipimpin Dirjen ILMATE, Ir. M. Taufik Hidayat, M.Sc., yang bertolak ke Shenzhen pada Senin untuk membahas chip.',
        'Presiden Direktur PT Sinar Cakra Digital Tbk (SCDG), Hendrawan S. Lubis, terbang ke Santa Clara, AS, untuk membeli GPU bagi pusat data baru SCDG di Cikarang.',
        'Pejabat berinisial HS tidak termasuk dalam rombongan ke Tokyo, kata juru bicara.',
      ].join('\n\n'),
      ['Hendrawan S. Lubis → US [reported] chips,data-centers', 'M. Taufik Hidayat → CN [reported] chips'],
    ],
    [
      'a paragraph opening "Sementara itu," on someone else ends the visit\'s frame',
      'Di Seoul, Menteri Investasi Rahmat Sudiarso mengunjungi kantor pusat Cheongun dan membahas pelatihan 200 teknisi asal Batam.\n\nSementara itu, Kepala Badan Pengusahaan Batam Irwan Saragih mengatakan perizinan bagi investor pusat data akan diselesaikan dalam 30 hari.',
      ['Rahmat Sudiarso → KR [reported] talent'],
    ],
    [
      '"pria asal Osaka itu" points back at the man named before',
      'Ryohei Matsukawa, pendiri dana ventura Naniwa Frontier Capital, tiba di Surabaya pada Senin untuk menjajaki pendanaan pusat data. Sebelum mendarat di Juanda, pria asal Osaka itu menghabiskan tiga hari di Ho Chi Minh City untuk menemui perusahaan rintisan.',
      ['Ryohei Matsukawa → ID [reported] data-centers,investment', 'Ryohei Matsukawa → VN [reported]'],
    ],
    [
      'a witness "yang ikut dalam rombongan menteri" is part of the travelling party',
      'ABU DHABI – Menteri ESDM Yudistira Harsono Pane menandatangani lima kesepakatan energi di Abu Dhabi pada Selasa. Penandatanganan perjanjian pasokan listrik disaksikan Direktur Utama PT Arus Daya Khatulistiwa, Febrianti Siregar, yang ikut dalam rombongan menteri.',
      ['Febrianti Siregar → AE [reported] energy', 'Yudistira Harsono Pane → AE [reported] energy'],
    ],
    [
      '"semula dijadwalkan" only dates the first plan of a visit moved to a new date; a visit called off with no new date is none',
      'JAKARTA – Kunjungan kerja Menteri Perindustrian Gregorius Manurung ke Tiongkok yang semula dijadwalkan 10–13 November 2025 ditunda menjadi 1–4 Desember 2025 untuk membahas pasokan server. Sementara itu, rencana lawatannya ke Belanda pada akhir November dibatalkan.',
      ['Gregorius Manurung → CN [planned] data-centers,supply-chain'],
    ],
    [
      'the party goes on "tanpa gubernur"; a traveller telling of "lawatan berikutnya" tells of his own next trip',
      [
        'Di Singapura, Menteri Investasi Rahmat Sudiarso didampingi Gubernur Kepulauan Riau Syahrial Effendi Tanjung untuk membahas listrik bagi pusat data.',
        'Dari Singapura, rombongan menteri terbang ke Tokyo tanpa gubernur. Di Tokyo, Rahmat bertemu direksi Kisaragi Electronics untuk membahas pabrik chip.',
        'Rahmat menambahkan, lawatan berikutnya direncanakan ke Belanda pada Oktober untuk menjajaki investasi.',
      ].join('\n\n'),
      ['Rahmat Sudiarso → JP [reported] chips', 'Rahmat Sudiarso → NL [planned] investment', 'Rahmat Sudiarso → SG [reported] data-centers,energy', 'Syahrial Effendi Tanjung → SG [reported] data-centers,energy'],
    ],
    [
      'an Indonesian office names its holder, not the visitor it accompanies: "Didampingi Gubernur …, Sutrisno Wahyudi, Oh meninjau"',
      'CEO Hanul Cloud asal Korea Selatan, Oh Jae-sung, tiba di Jakarta pada Senin. Didampingi Gubernur Kalimantan Timur, Sutrisno Wahyudi, Oh meninjau rencana pembangkit listrik di Balikpapan untuk pusat data.',
      ['Oh Jae-sung → ID [reported] data-centers,energy'],
    ],
    [
      '"X bersama Y, …, meninjau": a second subject joined by "bersama" right after a name travels too',
      'Selama kunjungan tiga hari di Korea Selatan, Adrian Kusumawardhana bersama Chief Technology Officer Nawasena AI, Maya Safitri Lubis, juga meninjau fasilitas pengujian chip milik Haneul Neurotech.',
      ['Adrian Kusumawardhana → KR [reported] chips', 'Maya Safitri Lubis → KR [reported] chips'],
    ],
    [
      '"Bupati Bulungan" with the area it governs and no name after is the regent named before, and "ia" goes on with him',
      'Gubernur Kalimantan Utara Yosef Ading Lawing terbang ke Tiongkok untuk menawarkan listrik PLTA, sementara Bupati Bulungan Syamsuddin Rijal memilih Jepang. Adapun Bupati Bulungan berangkat sehari kemudian. Sebelum tiba di Jepang, ia singgah sehari di Singapura untuk bertemu pengelola pusat data.',
      ['Syamsuddin Rijal → JP [reported]', 'Syamsuddin Rijal → SG [reported] data-centers', 'Yosef Ading Lawing → CN [reported] energy'],
    ],
    [
      'a member who goes home early ("kembali ke Tanah Air lebih awal") is not in the party\'s next stop',
      'Delegasi BRIN yang dipimpin Deputi Riset BRIN, Dr. Laksmi Anggraeni Sutedja, dan Rektor Institut Teknologi Priangan, Prof. Haryo Adinegoro, tiba di Seoul pada Senin untuk membahas riset chip memori. Pada Rabu, Prof. Haryo kembali ke Tanah Air lebih awal. Pada Kamis, rombongan bertolak ke Taipei untuk membahas pelatihan talenta.',
      ['Haryo Adinegoro → KR [reported] memory,research', 'Laksmi Anggraeni Sutedja → KR [reported] memory,research', 'Laksmi Anggraeni Sutedja → TW [reported] talent'],
    ],
    [
      'an address after a venue with a long name and its short form in brackets is where the meeting is',
      'Kenta Hoshimura dan Seo Jin-woo secara terpisah bertemu Menteri Investasi dan Hilirisasi/Kepala BKPM Teguh Santoso Wiryawan di kantor Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal (BKPM), Jakarta, Selasa.',
      ['Kenta Hoshimura → ID [reported]', 'Seo Jin-woo → ID [reported]'],
    ],
    [
      'who accompanies "sepanjang kunjungan" goes to every stop',
      'JAKARTA – Menteri Perindustrian Haryo Prasetyo melakukan kunjungan kerja ke Amerika Serikat dan Belanda untuk menarik investasi semikonduktor. Sepanjang kunjungan, Haryo didampingi Staf Khusus Menteri Bidang Industri Elektronika, Eko Wibisono.',
      ['Eko Wibisono → NL [reported] chips,investment', 'Eko Wibisono → US [reported] chips,investment', 'Haryo Prasetyo → NL [reported] chips,investment', 'Haryo Prasetyo → US [reported] chips,investment'],
    ],
    [
      'a minister\'s short title alone ("Menkomdigi") is the minister the article named',
      'Jakarta – Menteri Komunikasi dan Digital Sekar Ayu Wulandari melakukan kunjungan kerja ke Korea Selatan dan Jepang.\n\nDi Seoul, Menkomdigi bertemu dengan jajaran direksi Hanbit Semiconductor untuk membahas pasokan chip memori.\n\nDari Seoul, Menkomdigi melanjutkan perjalanan ke Tokyo untuk membahas tata kelola AI dan regulasi arus data.',
      ['Sekar Ayu Wulandari → JP [reported] regulation', 'Sekar Ayu Wulandari → KR [reported] memory,supply-chain'],
    ],
    [
      'one "yang mendampingi gubernur hingga ke Johor Bahru" was at every stop up to it',
      'Gubernur Kepulauan Riau Ahmad Rizal Siregar memimpin delegasi ke Singapura, Selasa, untuk menawarkan lahan pusat data bagi investor asing.\n\nUsai dari Singapura, rombongan gubernur dijadwalkan melanjutkan perjalanan ke Johor Bahru, Malaysia, pada Kamis untuk membahas interkoneksi kabel listrik.\n\nKepala Dinas Penanaman Modal Kepri Rina Marlina, yang mendampingi gubernur hingga ke Johor Bahru, mengatakan minat investasi mencapai Rp42 triliun.',
      ['Ahmad Rizal Siregar → MY [planned] energy,investment', 'Ahmad Rizal Siregar → SG [reported] data-centers,investment', 'Rina Marlina → MY [planned] energy,investment', 'Rina Marlina → SG [reported] data-centers,investment'],
    ],
    [
      'a numbered list of a trip\'s highlights: each line\'s place takes what the line says, even naming no one',
      [
        'Direktur Utama PT Awan Khatulistiwa Tbk, Fransiska Halim, baru saja menuntaskan lawatan sepekan ke Jepang dan Korea Selatan. Berikut poin-poin penting dari perjalanan tersebut:',
        '1. Borong server. Di Tokyo, Fransiska bertemu produsen server Shirakawa Systems dan menyepakati pembelian server berbasis GPU untuk pusat data di Cikarang.',
        '2. Kontrak memori di Seoul. Di ibu kota Korea Selatan itu, perseroan mengamankan kontrak pasokan chip memori dari Namsan Memory.',
      ].join('\n\n'),
      // (The Tokyo line's data centers are Tokyo's, not the lede's Korean stop's.)
      ['Fransiska Halim → JP [reported] chips,data-centers', 'Fransiska Halim → KR [reported] memory,supply-chain'],
    ],
    [
      'members a party\'s list names go where it goes, and one who goes home early only to the first stop; a name after an office\'s place is its holder',
      [
        'BATAM — Gubernur Kepulauan Riau Arman Syahputra memimpin rombongan dalam kunjungan kerja ke Singapura dan Jepang pekan lalu untuk menarik investasi pusat data.',
        'Rombongan itu antara lain terdiri atas Kepala Dinas Penanaman Modal Kepri, Ratih Kusumaningrum, dan Kepala Dinas Energi Kepri, Gilang Pradipta.',
        'Di Singapura, Arman bertemu operator pusat data.',
        'Setelah itu Arman bersama Gilang melanjutkan perjalanan ke Tokyo, sementara Ratih kembali ke Batam.',
      ].join('\n\n'),
      [
        'Arman Syahputra → JP [reported] data-centers,investment',
        'Arman Syahputra → SG [reported] data-centers,investment',
        'Gilang Pradipta → JP [reported]',
        'Gilang Pradipta → SG [reported] data-centers,investment',
        'Ratih Kusumaningrum → SG [reported] data-centers,investment',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(visits(run(text, 'id'))).toEqual(expected);
  });
});

describe('an interview printed as a transcript', () => {
  it('reads questions and answers on consecutive lines: "you" asked about is the interviewee, "my co-founder" is someone else, a home office is no trip, an answer to "Where next?" is a stop still ahead', () => {
    const text = [
      'Wanjiku Mbatia founded Rift Compute in Nairobi in 2020. We spoke in her Nairobi office a week after she returned.',
      '',
      'Q: You were in Abu Dhabi last week. What were you selling?',
      'Mbatia: Power. I met three investment teams about a stake.',
      '',
      'Q: What about chips?',
      'Mbatia: My co-founder, Otieno Kamau, was in Frankfurt in August negotiating GPU capacity with a cloud provider.',
      '',
      'Q: Where next?',
      'Mbatia: Hyderabad, in November. I will meet training institutes there to recruit engineers.',
    ].join('\n');
    expect(visits(run(text, 'en', { publishedAt: '2025-09-20' }))).toEqual(['Otieno Kamau → DE [reported] chips,data-centers', 'Wanjiku Mbatia → AE [reported] investment', 'Wanjiku Mbatia → IN [planned] talent']);
  });
});

describe('a podcast transcript', () => {
  it('reads "my guest" as the one interviewed, with no trip in the studio; a short answer naming a place to a short question is a stop; a trip "you didn\'t take" is none', () => {
    const text = [
      'ROSALIND FERREIRA: Welcome back. I\'m Rosalind Ferreira, recording from our studio in London. My guest today runs research at Hallvard Labs in Bergen. Sigrid Aasen, welcome.',
      '',
      'SIGRID AASEN: Thanks, Rosalind.',
      '',
      'FERREIRA: Where have you been lately?',
      '',
      'AASEN: Seoul, mostly. I was there for four days last month to recruit memory engineers.',
      '',
      'FERREIRA: And before Seoul?',
      '',
      'AASEN: Toronto, in September. We signed a research partnership with a university lab.',
      '',
      'FERREIRA: There was a trip to Vietnam you didn\'t take, I hear.',
      '',
      'AASEN: Hanoi. We called it off.',
    ].join('\n');
    expect(visits(run(text, 'en', { publishedAt: '2025-11-20' })).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Sigrid Aasen → CA', 'Sigrid Aasen → KR']);
  });
});

describe('an interview whose interviewer\'s label is shortened to initials', () => {
  it('takes "HL: Then Canada." as the interviewer\'s line: the answer is about the place asked, and all of it tells the purpose', () => {
    const x = run(
      [
        'TOKYO - Mika Sorano founded Hikari Models in 2022. The Tokyo company trains language models. Sorano has just returned from a trip through North America and India. She spoke with Harbour Ledger about chips and power.',
        'Harbour Ledger: You were on the road for three weeks. What were you looking for?',
        'Mika Sorano: Compute. In the United States I met two cloud providers in Seattle. GPUs are still in short supply.',
        'HL: Then Canada.',
        'Sorano: Montreal is one of the best places for machine learning research. We signed a research agreement with a lab there, and I spent an afternoon with graduate students because we want to hire some of them.',
        'HL: And India?',
        'Sorano: Talent. We opened a small office in Hyderabad last year. I spent two days there interviewing candidates.',
        'HL: Your funding round closed in January. How did that come together?',
        'Sorano: Arthur Lim of Merlion Frontier Fund, which is based in Singapore, came to Tokyo in December to see the lab.',
      ].join('\n\n'),
      'en',
    );
    expect(visits(x)).toEqual([
      'Arthur Lim → JP [reported]',
      'Mika Sorano → CA [reported] research,talent',
      'Mika Sorano → IN [reported] talent',
      'Mika Sorano → US [reported] chips,data-centers,supply-chain',
    ]);
  });
});

describe('an entourage listed item by item', () => {
  it('finds the minister behind his office\'s short form and each listed member of the entourage', () => {
    const text = 'Jakarta, 8 September 2025 — Menteri Komunikasi dan Digital (Menkomdigi) Haryo Sasongko Wibisono akan memimpin delegasi dalam kunjungan kerja ke Seoul, Korea Selatan.\n\nDalam kunjungan kerja tersebut, Menkomdigi didampingi oleh:\n1. Wakil Menteri Komunikasi dan Digital, Dr. Ir. Wahyu Adi Kusumo, M.Eng.;\n2. Staf Ahli Menteri Bidang Talenta Digital, Dr. Yosefina Ndapa Ratu, S.Kom., M.Sc.;\n3. Rektor Institut Teknologi Cendrawasih, Prof. Dr. Antonius Wanggai, M.Sc., yang hanya mengikuti rangkaian kegiatan di Seoul.\n\nDi Seoul, delegasi dijadwalkan bertemu produsen chip memori untuk membahas pasokan HBM.';
    const pairs = visits(run(text, 'id')).map((v) => v.replace(/ \[.*$/, ''));
    expect(pairs).toEqual(['Antonius Wanggai → KR', 'Haryo Sasongko Wibisono → KR', 'Wahyu Adi Kusumo → KR', 'Yosefina Ndapa Ratu → KR']);
  });
});

describe('other relations', () => {
  it('finds a role, a meeting and an agreement with their evidence', () => {
    const x = run(
      'OpenAI CEO Sam Altman met Samsung Electronics Executive Chairman Lee Jae-yong in Seoul. Samsung Electronics and OpenAI signed a letter of intent on memory supply.',
      'en',
    );
    const types = new Set(x.relations.map((r) => r.type));
    expect(types).toEqual(new Set(['ROLE_AT', 'MET_WITH', 'AGREED_WITH', 'VISITED', 'LOCATED_IN']));
    const role = x.relations.find((r) => r.type === 'ROLE_AT' && r.source === 'person:sam-altman');
    expect(role).toMatchObject({ target: 'organization:openai', role: 'CEO' });
    for (const r of x.relations) {
      for (const e of r.evidence) expect(x.article.text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('a firm referred back to after a title', () => {
  it('reads "Direktur Utama perseroan, …" as the head of the firm just named, whose country is home', () => {
    const x = run(
      'JAKARTA — PT Menara Lintas Samudra Tbk bersiap menanamkan modal di Asia Selatan. Direktur Utama perseroan, Budi Hartawan, memaparkan rencana itu di Jakarta, sepekan setelah ia kembali dari Bangladesh.',
      'id',
    );
    const role = x.relations.find((r) => r.type === 'ROLE_AT' && r.source === 'person:budi-hartawan');
    expect(role).toMatchObject({ target: 'organization:pt-menara-lintas-samudra' });
    expect(visits(x).filter((v) => v.includes('→ ID'))).toEqual([]);
    expect(visits(x).some((v) => v.startsWith('Budi Hartawan → BD'))).toBe(true);
  });
});

describe('a lede that describes before it names', () => {
  it('points "The chairman of …" at the person the next sentence opens on', () => {
    const x = run(
      'KUALA LUMPUR, Aug 19 (Wire) - The chairman of Chinese server maker Pengcheng Compute said on Tuesday the company would invest $470 million in a server plant in Kedah, a day after touring the site.\n\nZhao Lifeng is midway through a tour that began in Bangkok last week.',
      'en',
    );
    expect(visits(x).find((v) => v.startsWith('Zhao Lifeng → MY'))).toContain('investment');
  });
  it('gives a stop told again later its purposes from there, not from the sentence summing up the trip', () => {
    const x = run(
      'Mariko Tsujimura spent June on the road. She flew to Hsinchu, Seoul and Abu Dhabi to line up wafers and electricity.\n\nIn Seoul, Tsujimura negotiated high-bandwidth memory allocations with Hanbit Memory.',
      'en',
    );
    expect(visits(x)).toContain('Mariko Tsujimura → KR [reported] memory,supply-chain');
    expect(visits(x)).toContain('Mariko Tsujimura → AE [reported] chips,energy');
  });
});

describe('a diary whose writer a closing note names', () => {
  it('takes "I" as the writer, each day line as where the writer is, and "flew north" as no place', () => {
    const x = run(
      'Monday, Johor Bahru. I spent the morning with officials from the Energy Commission on grid power.\n\nThursday, still Ho Chi Minh City. Hafiz Rahman flew on to Bangkok in the evening. I flew north.\n\nFriday, Tokyo. In the evening I spoke to forty students about jobs for engineers.\n\nTan Wei Ling is chief executive of Straits Meridian Data, a Singapore data centre operator.',
      'en',
    );
    const tan = visits(x).filter((v) => v.startsWith('Tan Wei Ling'));
    expect(tan.map((v) => v.split(' [')[0]).sort()).toEqual(['Tan Wei Ling → JP', 'Tan Wei Ling → MY']);
    expect(tan.find((v) => v.includes('→ MY'))).toContain('energy');
  });
  it('keeps an unsigned column\'s "I" nobody\'s', () => {
    const x = run('Monday, Johor Bahru. I spent the morning with officials from the Energy Commission. I left for Tokyo at noon.\n\nRoad Notes appears monthly.', 'en');
    expect(visits(x)).toEqual([]);
  });
});

describe('a party on the way', () => {
  it('sends a member who joins at a stop to that stop only, and nobody "kembali ke Tanah Air"', () => {
    const x = run(
      'JAKARTA - Wamenkomdigi Dimas Prasetyo memimpin rombongan yang bertolak ke Tokyo, Jepang. Lawatan itu juga mencakup Seoul, Korea Selatan. Rombongan beranggotakan Rektor Universitas Teknologi Bandung Raya Prof. Hendarto Gunawan. Adapun pendiri Lontara AI, Fajar Ramadhan, menyusul dan baru bergabung dengan rombongan di Seoul.\n\nRombongan juga menyambangi fasilitas Kogane Data Works di pinggiran Tokyo.\n\nDari Tokyo, rombongan terbang ke Seoul. Rombongan dijadwalkan kembali ke Tanah Air pada Kamis.',
      'id',
    );
    const fajar = visits(x).filter((v) => v.startsWith('Fajar Ramadhan'));
    expect(fajar.map((v) => v.split(' [')[0])).toEqual(['Fajar Ramadhan → KR']);
    expect(visits(x).filter((v) => v.includes('→ ID'))).toEqual([]);
    expect(visits(x).some((v) => v.startsWith('Hendarto Gunawan → JP'))).toBe(true);
  });
});

describe('a firm told with where it is from', () => {
  it('holds the head named after "CEO <kind of firm> asal Surabaya, <firm>," at home in Indonesia', () => {
    const x = run(
      'SURABAYA - Pendiri sekaligus CEO penyedia layanan komputasi awan asal Surabaya, Jatayu Cloud, Galang Wicaksono, menghabiskan dua pekan di luar negeri. Sang CEO melawat ke Taipei, Taiwan, untuk mengamankan pasokan GPU.',
      'id',
    );
    const role = x.relations.find((r) => r.type === 'ROLE_AT' && r.source === 'person:galang-wicaksono');
    expect(role).toMatchObject({ target: 'organization:jatayu-cloud' });
    expect(visits(x).map((v) => v.split(' [')[0])).toEqual(['Galang Wicaksono → TW']);
  });
});

describe('a firm\'s officer pointed at by the firm\'s possessive', () => {
  it('takes "Daeyang\'s chief executive, who landed late last night" as the one an apposition named so, and "Turki Al Otaibi" as a name, not Turkey', () => {
    const x = run(
      'Good morning from Riyadh, where the forum is under way. Park Joon-young, chief executive of Daeyang Semiconductor, is in the building. Daeyang\'s chief executive, who landed late last night, signed a memorandum with Najd Cloud to supply AI accelerators. Najd Cloud chief executive Turki Al Otaibi called the deal a first.',
      'en',
    );
    expect(visits(x).some((v) => v.startsWith('Park Joon-young → SA'))).toBe(true);
    expect(names(x, 'Person')).toContain('Turki Al Otaibi');
    expect(x.entities.some((e) => e.id === 'country:tr')).toBe(false);
  });
});

describe('where a firm is and where its people work', () => {
  it('reads "The Austin, Texas, company" as where the firm is, and "from the company\'s headquarters in Icheon" as a workplace', () => {
    const x = run(
      'By the time Caroline Ashdown landed in Tokyo last week, the chief executive of Northvale Cloud had spent nine months on the road. The Austin, Texas, company, which rents computing capacity, wants to double its footprint, and Ashdown has concluded that she must ask in person.\n\nIn March she had sat down in Seoul with Hanbit Semiconductor to plead for memory. "She knew our capacity," Yoon Ji-hoon told reporters from the company\'s headquarters in Icheon.',
      'en',
    );
    expect(visits(x).map((v) => v.split(' [')[0]).sort()).toEqual(['Caroline Ashdown → JP', 'Caroline Ashdown → KR']);
  });
});

describe('a trip told in the traveller\'s own quoted words', () => {
  it('reads "saya" after a place, "dengan saya", and a quote closed by "lanjut Budi"', () => {
    const x = run(
      'Direktur Utama PT Menara Samudra Tbk, Budi Hartawan, kembali dari Bangladesh dan Sri Lanka.\n\n"Dari Dhaka saya terbang ke Kolombo. Direktur Keuangan kami, Lidya Marpaung, bergabung dengan saya di sana. Kami bertemu Board of Investment of Sri Lanka untuk membahas aturan kepemilikan asing dan insentif bagi investor pusat data," lanjut Budi.',
      'id',
    );
    const lk = visits(x).find((v) => v.startsWith('Budi Hartawan → LK'));
    expect(lk).toContain('regulation');
    expect(lk).toContain('data-centers');
    expect(visits(x).some((v) => v.startsWith('Lidya Marpaung → LK'))).toBe(true);
  });
});

describe('a trip pointed back at', () => {
  it('sends no one named afresh on a trip already told ("kunjungan kerja itu")', () => {
    const x = run(
      'Usai acara di Johor, Agus Setiawan melanjutkan perjalanan ke Singapura untuk bertemu calon investor.\n\nAnggota Komisi C DPRD Jawa Tengah, Lukas Hadiprasetyo, meminta hasil kunjungan kerja itu diukur secara jelas.',
      'id',
    );
    expect(visits(x).filter((v) => v.startsWith('Lukas'))).toEqual([]);
    expect(visits(x).some((v) => v.startsWith('Agus Setiawan → SG'))).toBe(true);
  });
});

describe('a party listed after its trip was told', () => {
  it('sends listed members on the whole trip told so far, and holds one "hanya" names to her stop', () => {
    const x = run(
      'JAKARTA - Menteri Investasi Bayu Adinegoro dijadwalkan melawat ke Arab Saudi dan Qatar pada 3-7 November. Bayu akan berada di Riyadh pada 3-5 November. Setelah itu, rombongan bertolak ke Doha pada 6 November.\n\nRombongan menteri antara lain beranggotakan Deputi Bidang Promosi Andreas Simanjuntak dan Direktur Utama PT Geotermal Nusa Daya Wulan Paramitha.\n\nDi Doha, Bayu dijadwalkan bertemu pimpinan Al Wakra Fund. Andreas akan ikut ke Doha, sedangkan Wulan hanya mengikuti agenda di Riyadh.',
      'id',
    );
    expect(stopsOf(x, 'Andreas Simanjuntak')).toEqual(['QA', 'SA']);
    expect(stopsOf(x, 'Wulan Paramitha')).toEqual(['SA']);
  });
});

describe('a place in a trip\'s purpose clause', () => {
  it('takes "ke Riyadh untuk mempresentasikan rencana pusat data di Sumatera Utara" as one stop, Riyadh', () => {
    const x = run('Nadia Kirana Putri memimpin Sumatra Compute. Pada Agustus, ia ke Riyadh untuk mempresentasikan rencana pusat data kedua di Sumatera Utara.', 'id');
    expect(visits(x).map((v) => v.split(' [')[0])).toEqual(['Nadia Kirana Putri → SA']);
  });
});

describe('a paragraph about one stop', () => {
  it('gives "The Seoul stop will focus on high-bandwidth memory" to everyone going to Seoul', () => {
    const x = run(
      'KUALA LUMPUR: Trade Minister Azlan Hashim departs on Sunday for a working visit to Japan and South Korea. He will be accompanied throughout by Nurul Ain Kamaruddin.\n\nIn Tokyo, Azlan is scheduled to meet officials.\n\nThe Seoul stop will focus on high-bandwidth memory and advanced packaging.',
      'en',
    );
    expect(visits(x).find((v) => v.startsWith('Azlan Hashim → KR'))).toContain('memory');
    expect(visits(x).find((v) => v.startsWith('Nurul Ain Kamaruddin → KR'))).toContain('memory');
  });
});

describe('a delegation accompanying throughout', () => {
  it('sends those "accompanied throughout by" to every stop of the tour', () => {
    const x = run(
      'KUALA LUMPUR: Trade Minister Azlan Hashim departs on Sunday for a working visit to Japan and South Korea, seeking investment in semiconductors. The ministry said the minister would be accompanied throughout by MIDA chief executive Nurul Ain Kamaruddin and Tanjung Microsystems Bhd group managing director Lim Wei Sheng.',
      'en',
    );
    expect(stopsOf(x, 'Nurul Ain Kamaruddin')).toEqual(['JP', 'KR']);
    expect(stopsOf(x, 'Lim Wei Sheng')).toEqual(['JP', 'KR']);
  });

  it('gives those accompanying throughout what each stop is told to be for', () => {
    const x = run(
      'KUALA LUMPUR: Trade Minister Azlan Hashim departs on Sunday for a working visit to Japan, South Korea and Taiwan. He will be accompanied throughout by Nurul Ain Kamaruddin.\n\nIn Tokyo, Azlan is scheduled to meet makers of grid equipment to secure power for new data centres.\n\nIn Taiwan, the minister will visit Hsinchu and witness an agreement on joint research and the training of chip engineers.',
      'en',
    );
    const of = (who: string, cc: string): string => visits(x).find((v) => v.startsWith(`${who} → ${cc}`)) ?? '';
    expect(of('Nurul Ain Kamaruddin', 'JP')).toMatch(/energy/);
    expect(of('Nurul Ain Kamaruddin', 'TW')).toMatch(/research/);
    expect(of('Nurul Ain Kamaruddin', 'TW')).toMatch(/talent/);
    expect(of('Nurul Ain Kamaruddin', 'TW')).not.toMatch(/energy/);
  });
});

describe('a stand-in and a companion on both legs', () => {
  it('reads "president Chou Mei-ling" as a person and sends whoever "will accompany Chou on both legs" to both stops only', () => {
    const x = run(
      'TAIPEI, Oct 6 (Wire) - Jadeview Systems chairman Lin Cheng-hao has pulled out of a trip to North America, and president Chou Mei-ling will lead the delegation in his place.\n\nChou will fly to Dallas on Oct 13 to meet customers. The Mexico leg has been postponed to Nov 4, when Chou is now scheduled to visit Monterrey. A stop in Toronto to meet Canadian pension investors has been dropped from the itinerary.\n\nWu Jian-guo, Jadeview\'s senior vice-president for supply chain, will accompany Chou on both legs.',
      'en',
    );
    expect(names(x, 'Person')).toContain('Chou Mei-ling');
    expect(stopsOf(x, 'Wu Jian-guo')).toEqual(['MX', 'US']);
    expect(stopsOf(x, 'Chou Mei-ling')).toEqual(['MX', 'US']);
  });
});

describe('openers that split no one', () => {
  it('keeps "she" the traveller after "A first-time founder with no foundry relationships,"', () => {
    const x = run('Meera Raghunathan keeps a spreadsheet. A first-time founder with no foundry relationships, she spent nine days in Taiwan knocking on doors.', 'en');
    expect(visits(x).map((v) => v.split(' [')[0])).toEqual(['Meera Raghunathan → TW']);
  });
  it('reads "ia juga berencana ke Seoul" as a planned trip', () => {
    const x = run('Nadia Kusumawardhani tampil di Tokyo. Bulan depan, ia juga berencana ke Seoul, Korea Selatan, untuk menjajaki pasokan pompa.', 'id');
    expect(visits(x)).toContain('Nadia Kusumawardhani → KR [planned] supply-chain');
  });
});

describe('a summit abroad after a planned trip elsewhere', () => {
  it('places those "hadir" at the summit, not where the last sentence planned a trip', () => {
    const x = run(
      'TOKYO, Warta — CEO PT Sejuk Komputasi Indonesia, Nadia Kusumawardhani, memaparkan teknologi pendingin di hadapan peserta Asia Compute Summit 2025 di Tokyo, Jepang. Bulan depan, ia juga berencana ke Seoul, Korea Selatan.\n\nDari Asia Tenggara, hadir pula Nguyen Thi Lan Anh, Direktur Utama Song Hong Data yang berbasis di Hanoi, Vietnam.\n\nSementara itu, Somchai Rattanakul, direktur eksekutif di Board of Investment (BOI) Thailand yang juga hadir langsung di Tokyo, memaparkan insentif pajak.',
      'id',
    );
    expect(stopsOf(x, 'Nguyen Thi Lan Anh')).toEqual(['JP']);
    expect(stopsOf(x, 'Somchai Rattanakul')).toEqual(['JP']);
    expect(stopsOf(x, 'Nadia Kusumawardhani')).toEqual(['JP', 'KR']);
  });
});

describe('a quoted "we" that travels', () => {
  it('takes the speaker along: \'"We came to Doha because the capital is here," Bayu said\'', () => {
    const x = run('DOHA — Speakers told the Doha Compute Forum on Tuesday that power is the constraint.\n\nBayu Prasetyo, chief executive of Indonesian developer PT Cakrawala Data Nusantara, said capital is scarce at home. "We came to Doha because the capital is here," Bayu said.', 'en');
    expect(visits(x).some((v) => v.startsWith('Bayu Prasetyo → QA'))).toBe(true);
  });
});

describe('a visit "by" someone', () => {
  it('gives "Park\'s trip follows a visit to Taiwan in August by Hanbit\'s chief technology officer, Kang Ji-hoon" to Kang alone', () => {
    const x = run("SEOUL - Hanbit Semiconductor chief executive Park Sung-woo will travel to Saudi Arabia next week. Park's trip follows a visit to Taiwan in August by Hanbit's chief technology officer, Kang Ji-hoon, who toured packaging plants in Hsinchu.", 'en');
    const tw = visits(x).filter((v) => v.includes('→ TW')).map((v) => v.split(' → ')[0]);
    expect(tw).toEqual(['Kang Ji-hoon']);
  });
  it('keeps a party someone "would host" a new one, not the travellers just told', () => {
    const x = run("SEOUL - Park Sung-woo will travel to Saudi Arabia next week. Park's trip follows a visit to Taiwan in August by Hanbit's chief technology officer, Kang Ji-hoon, who toured packaging plants in Hsinchu.\n\nSeparately, the ministry said that deputy minister Nawaf Al-Otaibi would host a delegation of foreign chip suppliers in Riyadh in October.", 'en');
    expect(visits(x).filter((v) => v.startsWith('Kang Ji-hoon')).map((v) => v.split(' [')[0])).toEqual(['Kang Ji-hoon → TW']);
  });
});

describe('where a trip leaves from', () => {
  it('takes the town after a departure venue ("berangkat dari Bandara Juwata, Tarakan") as where it began', () => {
    const x = run(
      'TANJUNG SELOR — Gubernur Kalimantan Utara Yosef Ading Lawing terbang ke Tiongkok.\n\nGubernur berangkat dari Bandara Juwata, Tarakan, Minggu (31/8/2025), didampingi Kepala Dinas Energi dan Sumber Daya Mineral (ESDM) Kaltara, Fransiskus Laing. Di Kunming, rombongan dijadwalkan menemui perusahaan pembangkit listrik.',
      'id',
    );
    expect(visits(x).filter((v) => v.includes('→ ID'))).toEqual([]);
  });
});

describe('a companion of a visitor at the dateline', () => {
  it('places "Ia didampingi … Omar Al Ketbi" with the visitor, not on the host\'s called-off trip', () => {
    const x = run(
      'SAMARINDA - Rencana Gubernur Kalimantan Timur Yusran Maulana bertolak ke Abu Dhabi, Uni Emirat Arab, pekan lalu batal.\n\nCEO Dhafra Energy Ventures, Noor Al Hammadi, menyambangi Samarinda pada Kamis (16/10). Ia didampingi Direktur Investasi Dhafra, Omar Al Ketbi.',
      'id',
    );
    expect(stopsOf(x, 'Omar Al Ketbi')).toEqual(['ID']);
  });
});

describe('a companion who goes home from the first stop', () => {
  it('keeps "Rachel kembali ke Singapura" from Taipei out of Shenzhen', () => {
    const x = run(
      'SURABAYA - Pendiri sekaligus CEO penyedia layanan komputasi awan asal Surabaya, Jatayu Cloud, Galang Wicaksono, melawat ke Taipei, Taiwan, lalu ke Shenzhen, Tiongkok, untuk mengamankan pasokan GPU.\n\nDalam lawatan itu, Galang didampingi investor utamanya, Rachel Goh, mitra pengelola Kallang Peak Ventures asal Singapura.\n\nDi Taipei, keduanya bertandang ke kantor Yushan Server Technologies.\n\nDari Taipei, Galang terbang sendiri ke Shenzhen, sementara Rachel kembali ke Singapura untuk menghadiri rapat dewan.',
      'id',
    );
    expect(stopsOf(x, 'Rachel Goh')).toEqual(['TW']);
    expect(stopsOf(x, 'Galang Wicaksono')).toEqual(['CN', 'TW']);
  });
});

describe('two founders named together', () => {
  it('gives both the role after "Dua pendiri … asal Bandung, PT Lentera Nalar Teknologi (Nalar AI), Kevin Halim dan Putri Ayuningtyas"', () => {
    const x = run(
      'BANDUNG — Dua pendiri perusahaan rintisan kecerdasan artifisial asal Bandung, PT Lentera Nalar Teknologi (Nalar AI), Kevin Halim dan Putri Ayuningtyas, bertolak bersama ke San Francisco, Amerika Serikat, pekan lalu untuk menggalang pendanaan.',
      'id',
    );
    const roles = x.relations.filter((r) => r.type === 'ROLE_AT').map((r) => `${r.source} ${r.target}`).sort();
    expect(roles).toEqual(['person:kevin-halim organization:pt-lentera-nalar-teknologi', 'person:putri-ayuningtyas organization:pt-lentera-nalar-teknologi']);
    expect(visits(x).filter((v) => v.includes('→ ID'))).toEqual([]);
  });
});

describe('hosts and commentators at home', () => {
  it('takes an officer a "where" clause introduces, speaking, as the site\'s host', () => {
    const x = run('Vietnamese Prime Minister Tran Minh Khoa arrived in Seoul on Monday. On Tuesday, Khoa toured the memory plant of Daehan Memory in Pyeongtaek, where chief executive Choi Eun-ji said the company was studying a plant in Vietnam.', 'en');
    expect(visits(x)).toEqual(['Tran Minh Khoa → KR [reported] memory']);
  });
  it('takes an economist at a firm in a city as at home there, and "an alternative to China" as no trip', () => {
    const x = run("Le Thu Trang, an economist at Red River Analytics in Hanoi, said the trip reflected Vietnam's effort to position itself as Southeast Asia's alternative to China for chip packaging.", 'en');
    expect(visits(x)).toEqual([]);
  });
  it('still reads "heads next to Hanoi" as the next stop', () => {
    const x = run('Rafael Quintero toured a site in Johor on Monday. He heads next to Hanoi, where his firm is weighing a research lab.', 'en');
    expect(visits(x).some((v) => v.startsWith('Rafael Quintero → VN'))).toBe(true);
  });
});

describe('home told in an apposition', () => {
  it('takes where someone is said to be from as home, so going back there is no visit', () => {
    const x = run(
      'Nguyen Thi Lan steps into the gowning room of a training centre in Chandler, Arizona. Lan, a 26-year-old process engineer from Bac Ninh province in northern Vietnam, practises wire bonding there. In October she will be back in Bac Ninh, training her own team.',
      'en',
    );
    expect(visits(x).filter((v) => v.includes('→ VN'))).toEqual([]);
  });
  it('takes "is not expected to travel to" as no trip', () => {
    const x = run('Camille Rousseau arrived in Bengaluru on Tuesday to meet engineering colleges. Her co-founder, Mathis Kerbrat, will lead meetings in Mumbai on Friday with investors. Kerbrat is not expected to travel to Abu Dhabi, the spokesperson said.', 'en');
    expect(visits(x).filter((v) => v.includes('→ AE'))).toEqual([]);
    expect(visits(x).some((v) => v.startsWith('Camille Rousseau → IN [reported]'))).toBe(true);
  });
  it('takes where someone grew up as no trip', () => {
    const x = run(
      'Farida Nurmagambetova keeps a map above her desk at the Straits Institute of Technology in Singapore. Next week she flies from Singapore to Canada to open a research symposium.\n\nNurmagambetova grew up in Almaty and studied mathematics there before moving to Munich for a doctorate.',
      'en',
    );
    expect(visits(x).filter((v) => v.includes('→ KZ'))).toEqual([]);
    expect(visits(x)).toContain('Farida Nurmagambetova → CA [planned] research');
  });
});

describe('a roadshow and its two leaders', () => {
  it('sends both of "X bersama Y tiba di Singapura" and, as "keduanya", on to Hong Kong', () => {
    const x = run('Hendrawan Sasmita bersama Direktur Keuangan Melinda Kusumawardhani tiba di Singapura pada Senin. Keduanya kemudian bertolak ke Hong Kong pada Rabu.', 'id');
    expect(stopsOf(x, 'Hendrawan Sasmita')).toEqual(['HK', 'SG']);
    expect(stopsOf(x, 'Melinda Kusumawardhani')).toEqual(['HK', 'SG']);
  });

  it('keeps the stop a member leaves from when "dari Hong Kong" he does not go on to Tokyo', () => {
    const x = run(
      'Roadshow dimulai di Singapura pada Senin, dipimpin Hendrawan Sasmita bersama Melinda Kusumawardhani. Keduanya kemudian bertolak ke Hong Kong untuk bertemu manajer investasi.\n\nDari Hong Kong, Hendrawan tidak ikut ke Tokyo. Ia singgah di Shenzhen untuk meninjau pabrik pemasok server.',
      'id',
    );
    expect(stopsOf(x, 'Hendrawan Sasmita')).toEqual(['CN', 'HK', 'SG']);
  });

  it('gives a leg told without its travellers ("Direksi … bertemu investor di Singapura … rights issue") to the visit there', () => {
    const x = run(
      'Direksi PT Nusantara Data Prima Tbk menggelar pertemuan dengan investor institusi di Singapura dan Hong Kong menjelang rights issue untuk pendanaan pusat data.\n\nRoadshow dimulai di Singapura pada Senin, dipimpin Hendrawan Sasmita.',
      'id',
    );
    expect(visits(x).find((v) => v.startsWith('Hendrawan Sasmita → SG'))).toMatch(/investment/);
  });

  it('does not send a "Bengaluru-based" firm\'s chief on a roadshow to Bengaluru', () => {
    const x = run('Bengaluru-based Vajra Compute has begun a two-week roadshow across the Gulf as it tries to raise money, chief executive Anand Subramaniam said.', 'en');
    expect(stopsOf(x, 'Anand Subramaniam')).toEqual([]);
  });
});

describe('hosts told by what they are', () => {
  it('keeps "His hosts, led by the fund\'s chief investment officer, X" a host', () => {
    const x = run(
      'In October, Arjun Raghavan spent three days in Abu Dhabi. His hosts, led by the fund\'s chief investment officer, Hamdan Al-Suwaidi, wanted to know whether Corvane would anchor a campus outside the city.',
      'en',
    );
    expect(stopsOf(x, 'Hamdan Al-Suwaidi')).toEqual([]);
    expect(stopsOf(x, 'Arjun Raghavan')).toEqual(['AE']);
  });

  it('keeps an officer of the body a ", where" clause follows at that body', () => {
    const x = run(
      'Marchetti is scheduled to travel to Kuala Lumpur in May. There she will meet officials at the Malaysian Investment Development Authority, where deputy chief executive Faridah Osman has offered to walk her through the permits.',
      'en',
    );
    expect(stopsOf(x, 'Faridah Osman')).toEqual([]);
  });
});

describe('an answer that opens on the place asked for', () => {
  const text =
    'Q: You were in Osaka last month. What took you there?\n\nA: Compute, mostly. In Osaka I met Kiyomizu Cloud, which runs a GPU data center. While I was there I spent a full day at Naniwa University, in Professor Emiko Sakurada\'s lab.\n\nQ: Why Japan rather than Korea?\n\nA: Japan has more room for data centers.\n\nQ: Sao Mai closed a Series B in February. Where did the money come from?\n\nA: Singapore, mainly. I spent almost two weeks there in January going from one office to the next.';

  it('places "I spent two weeks there" where the answer opened, for what the question asked', () => {
    const x = run(`Tran Minh Quang founded Sao Mai AI in Hanoi. We spoke to him in Hanoi.\n\n${text}`, 'en');
    expect(visits(x).find((v) => v.startsWith('Tran Minh Quang → SG'))).toMatch(/investment/);
  });

  it('does not send the professor whose lab it is', () => {
    const x = run(`Tran Minh Quang founded Sao Mai AI in Hanoi. We spoke to him in Hanoi.\n\n${text}`, 'en');
    expect(stopsOf(x, 'Emiko Sakurada')).toEqual([]);
  });
});

describe('a newsletter\'s items', () => {
  it('keeps whoever invites a visitor ("at the invitation of X") at home', () => {
    const x = run('Ayumi Kurose, managing director of Kurose Electric, was in Bangkok on Monday at the invitation of Somchai Rattanakorn, founder of Siam Ridge Data.', 'en');
    expect(stopsOf(x, 'Somchai Rattanakorn')).toEqual([]);
    expect(stopsOf(x, 'Ayumi Kurose')).toEqual(['TH']);
  });

  it('keeps whoever "showed her" the site a host, and "the itinerary shows" no host', () => {
    const x = run('Ayumi Kurose was in Bangkok on Monday. Somchai Rattanakorn showed her the company\'s site in Chonburi, and the two signed a deal for a solar farm.', 'en');
    expect(stopsOf(x, 'Somchai Rattanakorn')).toEqual([]);
    const y = run('Tomasz Wierzbicki will join the team in Mumbai for the site visits, the itinerary shows.', 'en');
    expect(stopsOf(y, 'Tomasz Wierzbicki')).toEqual(['IN']);
  });

  it('reads "he" as the man this item named, not a man of the item before', () => {
    const x = run(
      '3. Kurose in Bangkok\n\nAyumi Kurose was in Bangkok on Monday at the invitation of Somchai Rattanakorn. Somchai said the plant would free his firm from the grid.\n\n4. Not happening (yet)\n\nPark Ji-hoon, chief executive of Oryx Silicon, had been expected in Riyadh this week. The trip was postponed on Friday. His office now says he will travel to Riyadh in June.',
      'en',
    );
    expect(stopsOf(x, 'Somchai Rattanakorn')).toEqual([]);
    expect(stopsOf(x, 'Park Ji-hoon')).toEqual(['SA']);
  });

  it('keeps the stop a companion joins when "he is not expected to travel to the other stops"', () => {
    const x = run(
      'Helix chief executive Mirela Tanase will visit Riyadh, Doha, Mumbai and Singapore next month. Tomasz Wierzbicki, Helix\'s head of infrastructure, will join Tanase in Mumbai for the site visits. He is not expected to travel to the other stops.',
      'en',
    );
    expect(stopsOf(x, 'Tomasz Wierzbicki')).toEqual(['IN']);
  });
});

describe('a wire on a trip called off and a deputy who went', () => {
  const text =
    'HANOI, June 18 (Wire) - Seongjin Group chairman Choi Dong-hyun called off a trip to Vietnam this week, but his deputy went ahead and signed an agreement for a chip packaging plant.\n\nVice chairman Bae Ji-won arrived in Hanoi on Monday and met officials on Tuesday.\n\nChoi, 68, had been scheduled to lead the delegation, a spokesperson said.\n\nBae, a former chip engineer, told reporters in Hanoi that the plant would assemble and test high-bandwidth memory stacks.\n\nThe company said Choi now plans to travel to Hanoi in September to sign the final investment agreement.';

  it('keeps a plan made anew after the call-off ("now plans to travel to Hanoi in September")', () => {
    expect(stopsOf(run(text, 'en'), 'Choi Dong-hyun')).toEqual(['VN']);
  });

  it('gives the visit what a later paragraph opening on the visitor there says ("Bae … told reporters in Hanoi")', () => {
    expect(visits(run(text, 'en')).find((v) => v.startsWith('Bae Ji-won → VN'))).toMatch(/memory/);
  });

  it('gives the visit what its paragraph, opening on the visitor, said before it', () => {
    const x = run(
      "SINGAPORE — Delegates packed the summit this week.\n\nFinland's Henrik Aalto, chief executive of Kylmä Systems, showed off a rack that he said cut cooling energy by 40 percent. Aalto said he had come to Singapore because the new efficiency rules would make the city a big market.",
      'en',
    );
    expect(visits(x).find((v) => v.startsWith('Henrik Aalto → SG'))).toMatch(/energy/);
  });
});

describe('a party received at home while another is abroad', () => {
  it('keeps the leader of a delegation the governor received out of the party travelling', () => {
    const x = run(
      'BATAM — BP Batam membawa misi promosi investasi ke Singapura pada 19 Mei. Rombongan dipimpin langsung Kepala BP Batam, Ardiansyah Lubis.\n\nDi Singapura, rombongan bertemu dengan sekitar tiga puluh calon investor pusat data.\n\nSementara rombongan berada di luar negeri, Gubernur Kepulauan Riau Ahmad Rizal Tambunan menerima kunjungan delegasi produsen sistem pendingin asal Shenzhen di Tanjungpinang. Delegasi dipimpin wakil presiden perusahaan, Zhou Jianguo.',
      'id',
    );
    expect(stopsOf(x, 'Zhou Jianguo')).toEqual(['ID']);
    expect(stopsOf(x, 'Ardiansyah Lubis')).toEqual(['SG']);
  });
});

describe('a signed column in Indonesian', () => {
  const text =
    'OPINI\n\nBulan lalu saya menghabiskan sepuluh hari di Bengaluru dan Hyderabad untuk riset tentang talenta digital.\n\nDi Bengaluru, saya bertemu Rizky Pratama, pendiri perusahaan rintisan asal Bandung, yang sudah tiga bulan tinggal di kota itu. Ia sedang merekrut insinyur India.\n\nSaya mengusulkan beasiswa khusus bagi insinyur.\n\nLarasati Wiraatmadja adalah peneliti kebijakan digital di Universitas Nusantara Raya, Jakarta.\n\nBaca juga: Menimbang Untung Rugi Pusat Data Asing\n\nHarian Cakrawala — Kirim tulisan opini Anda ke redaksi.';

  it('makes "saya" the writer the closing note names, before a "Baca juga" line and the footer', () => {
    expect(stopsOf(run(text, 'id'), 'Larasati Wiraatmadja')).toEqual(['IN']);
  });

  it('places whom the writer met, "yang sudah tiga bulan tinggal di kota itu", there', () => {
    expect(stopsOf(run(text, 'id'), 'Rizky Pratama')).toEqual(['IN']);
  });
});

describe('staying on', () => {
  it('keeps "tetap berada di Seoul" a stay abroad for whoever was there, and a stay at home no trip', () => {
    const x = run(
      'Menteri Perindustrian Bayu Prasetyo tiba di Seoul pada Kamis bersama Dirjen Rina Kartikasari. Menperin kembali ke Tanah Air pada Sabtu. Rina Kartikasari tetap berada di Seoul hingga 16 Juni untuk menindaklanjuti skema pelatihan teknisi.',
      'id',
    );
    const rina = x.relations.find((r) => r.type === 'VISITED' && r.source === 'person:rina-kartikasari' && r.target === 'country:kr');
    expect(rina?.evidence.some((e) => e.text.includes('tetap berada di Seoul'))).toBe(true);
    const home = run('Menteri Perindustrian Bayu Prasetyo batal ke Seoul. Ia tetap berada di Jakarta untuk rapat kabinet.', 'id');
    expect(stopsOf(home, 'Bayu Prasetyo')).toEqual([]);
  });
});

describe('a place as the subject of a passive verb', () => {
  it('sends "Tokyo dijalani Melinda seorang diri" to Tokyo, and "di sana" after it', () => {
    const x = run('Dari Hong Kong, Hendrawan Sasmita singgah di Shenzhen pada Kamis. Tokyo dijalani Melinda Kusumawardhani seorang diri. Di sana ia bertemu manajemen Hoshino Shoji Corporation.', 'id');
    expect(stopsOf(x, 'Melinda Kusumawardhani')).toEqual(['JP']);
  });
});

describe('a live blog set by its opening lines', () => {
  const text =
    'LIVE | Desert Compute Summit, day one\n\nOur reporters are filing from the exhibition halls in Riyadh. Newest entries are at the bottom.\n\n09:00 — Doors open\n\nThe first day opened with a speech on grid capacity.\n\n09:40 — Keynote\n\nMarta Lindholm, chief executive of Oslo-based Fjordline Energy, flew in overnight for the keynote on power for data centers.\n\n10:20 — Remote panel\n\nKenji Arata of Hoshimi Memory joined by video link from Tokyo to speak about memory supply.\n\n11:10 — Funds\n\nRavi Chandran, partner at Singapore-based Lantern Capital, is here in person and announced a data-center fund.';

  it('puts whoever "flew in" or "is here" at the city the intro files from, and not the one on video', () => {
    const x = run(text, 'en');
    expect(stopsOf(x, 'Marta Lindholm')).toEqual(['SA']);
    expect(stopsOf(x, 'Ravi Chandran')).toEqual(['SA']);
    expect(stopsOf(x, 'Kenji Arata')).toEqual([]);
  });
});

describe('a correction at the foot of a story', () => {
  it('takes back the stop an earlier version "incorrectly said"', () => {
    const x = run(
      'HSINCHU — Paul Everard, chief executive of Norvale Memory, toured packaging lines in Taiwan on Monday. He will travel on to South Korea on Wednesday to meet substrate suppliers.\n\nCORRECTION: An earlier version of this story incorrectly said Everard would travel on to Japan. He is travelling to South Korea.',
      'en',
    );
    expect(stopsOf(x, 'Paul Everard')).toEqual(['KR', 'TW']);
  });
});

describe('a podcast transcript with labelled speakers', () => {
  const text =
    'Episode 12 — transcript\n\nNORA VALE (host): Welcome back. I am Nora Vale, recording in London, with Priya Menon of Kestrel Ventures.\n\nPRIYA MENON (Kestrel Ventures): Thanks, Nora. I got back from Chennai ten days ago. We walked two data-center sites we may fund.\n\nVALE: What comes next for you?\n\nMENON: Next month I am going to Jakarta to talk about renewable supply for data-center parks.\n\nVALE: Is that the same story everywhere?\n\nMENON: Mostly, yes.';

  it('reads "I" in an answer as the speaker its label names, with the firm in brackets or by surname alone', () => {
    const x = run(text, 'en');
    expect(stopsOf(x, 'Priya Menon')).toEqual(['ID', 'IN']);
    expect(stopsOf(x, 'Nora Vale')).toEqual([]);
  });

  it('counts "renewable supply" as energy, not as a supply chain', () => {
    const jakarta = visits(run(text, 'en')).find((v) => v.startsWith('Priya Menon → ID'));
    expect(jakarta).toContain('energy');
    expect(jakarta).not.toContain('supply-chain');
  });
});

describe('a listicle of a trip', () => {
  const text =
    'Four things from Leon Marsh\'s Gulf trip\n\nLeon Marsh, chief executive of Brightfold AI, returned home on Sunday after a week in the Gulf. His chief scientist, Ada Kwan, joined him in Doha.\n\n1. Doha sells power\n\nIn Doha, the pitch from officials was cheap electricity from gas-fired plants. Marsh and Kwan toured a proposed data-center site at Ras Laffan with Jassim Al Thani, an undersecretary at Qatar\'s Ministry of Commerce and Industry.\n\n2. Research in Tokyo, talent in Abu Dhabi\n\nFrom Doha, Kwan flew to Tokyo to present a paper at a research workshop, while Marsh travelled alone to Abu Dhabi. There he announced a fellowship to hire doctoral students.';

  it('gives a stop the theme of the paragraph\'s opening "In Doha, …" line', () => {
    const doha = visits(run(text, 'en')).find((v) => v.startsWith('Leon Marsh → QA'));
    expect(doha).toContain('energy');
  });

  it('keeps an official of a ministry a place owns ("an undersecretary at Qatar\'s Ministry") at home', () => {
    expect(stopsOf(run(text, 'en'), 'Jassim Al Thani')).toEqual([]);
  });

  it('leaves what the sentence after "…, while Marsh travelled to Abu Dhabi" says of him out of the other trip', () => {
    const x = run(text, 'en');
    const tokyo = visits(x).find((v) => v.startsWith('Ada Kwan → JP'));
    expect(tokyo).toContain('research');
    expect(tokyo).not.toContain('talent');
    expect(visits(x).find((v) => v.startsWith('Leon Marsh → AE'))).toContain('talent');
  });
});

describe('a trip a report claimed and a spokesperson denied', () => {
  const text =
    'Halvern Chips denied a report on Thursday that its chief executive, Owen Pryce, had flown to Hanoi.\n\nThe VinaTech Observer, a Hanoi-based trade publication, reported that Pryce had met officials in Bac Ninh. "Owen has not travelled to Vietnam this year," spokesperson Lena Ruiz said.\n\nRuiz said the finance chief, Amira Haddad, was in Hanoi from Tuesday to Thursday to discuss incentives. Halvern, which relies on foundries in Taiwan to make its chips, wants to package and test them elsewhere.\n\n"Mr Cho of Daesan Materials had also flown in on Tuesday," a provincial official said. Cho Min-ho, a vice-president at Daesan, could not be reached.';

  it('drops the claimed trip and keeps the confirmed one', () => {
    const x = run(text, 'en');
    expect(stopsOf(x, 'Owen Pryce')).toEqual([]);
    expect(stopsOf(x, 'Amira Haddad')).toEqual(['VN']);
  });

  it('types the outlet an apposition calls a publication as an organisation', () => {
    const x = run(text, 'en');
    expect(names(x, 'Person').some((n) => n.includes('Observer'))).toBe(false);
    expect(names(x, 'Organization').some((n) => n.includes('VinaTech Observer'))).toBe(true);
  });

  it('does not move the scene for "them" when no party is in focus', () => {
    expect(stopsOf(run(text, 'en'), 'Cho Min-ho')).toEqual(['VN']);
  });

  it('keeps a skipped leg of a trip that happened ("tidak ikut ke Hefei") no denial of the country', () => {
    const x = run('Delegasi yang dipimpin Wakil Menteri Fajar Siregar mengunjungi produsen server di Shenzhen. Dari Shenzhen, delegasi terbang ke Hangzhou. Fajar sendiri tidak ikut ke Hefei karena harus kembali ke Jakarta.', 'id');
    expect(stopsOf(x, 'Fajar Siregar')).toEqual(['CN']);
  });
});

describe('a bulleted schedule whose lines end their label on the place', () => {
  it('reads "- Wed 8 Oct, Icheon: …" as a planned stop there', () => {
    const x = run(
      'SINGAPORE — Grace Lim runs a memory fund from Singapore, where she was born.\n\nHer schedule for the coming fortnight:\n\n- Mon 6 Oct, Tokyo: board meeting at a memory maker.\n- Wed 8 Oct, Icheon: talks with DRAM makers on wafer supply.\n- Mon 13 Oct, Singapore: investment committee.\n- Wed 15 Oct, Johor: site visit to a data-center campus.',
      'en',
    );
    expect(stopsOf(x, 'Grace Lim')).toEqual(['JP', 'KR', 'MY']);
  });
});

describe('an Indonesian interview on trips made, dropped and planned', () => {
  const text =
    'WAWANCARA\n\nPendiri PT Mega Silika Raya, Dewi Anggraini Putri, baru pulang dari Taiwan. Wartawan Warta Chip, Bima Saputra, mewawancarainya di Bandung.\n\nApakah Anda sempat ke Amerika Serikat?\n\nKami mau ke Austin untuk bertemu calon investor. Tapi perjalanan itu kami batalkan karena visa tidak selesai.\n\nBagaimana dengan pendanaan?\n\nBulan lalu Khalid Al Mansoori dari Sahra Ventures, dana ventura yang berbasis di Abu Dhabi, datang ke Bandung dan melihat laboratorium kami.\n\nApa rencana berikutnya?\n\nTahun depan, rencananya saya ke Bengaluru untuk merekrut insinyur.';

  it('calls off the trip "perjalanan itu kami batalkan" points back at', () => {
    expect(stopsOf(run(text, 'id'), 'Dewi Anggraini Putri')).not.toContain('US');
  });

  it('reads "rencananya saya ke Bengaluru" as the interviewee\'s planned trip', () => {
    const x = run(text, 'id');
    expect(stopsOf(x, 'Dewi Anggraini Putri')).toContain('IN');
    expect(visits(x).find((v) => v.startsWith('Dewi Anggraini Putri → IN'))).toContain('[planned]');
  });

  it('sends whoever "…, dana ventura yang berbasis di Abu Dhabi, datang ke Bandung" to Indonesia', () => {
    expect(stopsOf(run(text, 'id'), 'Khalid Al Mansoori')).toEqual(['ID']);
  });
});

describe('a news digest of short datelined items', () => {
  const text =
    'KILAS TEKNOLOGI\n\n■ Investor Malaysia tinjau lahan pusat data\n\nSEMARANG – CEO Teratai Dataworks, perusahaan asal Kuala Lumpur, Halimah Rosli, meninjau lahan di Kabupaten Kendal, Senin. Perusahaan itu berencana membangun pusat data dan meminta jaminan pasokan listrik.\n\n■ Bos energi dijadwalkan ke Kalimantan Timur\n\nPERTH – CEO Southwind Energy, Callum Ashby, dijadwalkan berkunjung ke Balikpapan pada November untuk membahas pasokan listrik tenaga surya. Dalam keterangannya di Perth, Ashby mengatakan perusahaannya menyiapkan investasi awal.';

  it('reads the name after "…, perusahaan asal Kuala Lumpur," as the person the title is for', () => {
    const x = run(text, 'id');
    expect(names(x, 'Person')).toContain('Halimah Rosli');
    expect(names(x, 'Organization')).not.toContain('Halimah Rosli');
    expect(stopsOf(x, 'Halimah Rosli')).toEqual(['ID']);
  });

  it('keeps whoever a dateline sends elsewhere at home where the dateline is', () => {
    expect(stopsOf(run(text, 'id'), 'Callum Ashby')).toEqual(['ID']);
  });
});

describe('a party\'s trip told without anyone, then its leader', () => {
  it('sends the leader of "Misi … itu kini dijadwalkan" where the postponed mission goes, for what its spokesman says', () => {
    const x = run(
      'JAKARTA — Sementara itu, misi dagang ke Seoul yang semula dijadwalkan pada 17–19 November ditunda. Misi yang dipimpin Wakil Menteri Perindustrian Sekar Ayu Larasati itu kini dijadwalkan berlangsung pada pekan kedua Februari 2026.\n\nJuru bicara Kementerian Perindustrian, Bimo Adisaputra, mengatakan penundaan dilakukan agar jadwal delegasi bertepatan dengan pameran semikonduktor di Korea Selatan. "Agenda utamanya tetap: menarik investasi fabrikasi chip dan program pelatihan insinyur," kata Bimo.',
      'id',
    );
    const seoul = visits(x).find((v) => v.startsWith('Sekar Ayu Larasati → KR'));
    expect(seoul).toContain('[planned]');
    expect(seoul).toContain('investment');
    expect(seoul).toContain('talent');
  });

  it('leaves the leader at home when the mission is called off and not set anew', () => {
    const x = run('JAKARTA — Misi dagang ke Seoul yang semula dijadwalkan pada November dibatalkan. Misi yang dipimpin Wakil Menteri Perindustrian Sekar Ayu Larasati itu tidak dijadwalkan ulang.', 'id');
    expect(stopsOf(x, 'Sekar Ayu Larasati')).toEqual([]);
  });
});

describe('a column whose writer only its byline names', () => {
  it('makes "saya" the writer of "Oleh …", in the text or lifted out by ingest', () => {
    const text = 'OPINI\n\nBelajar dari Reykjavik\n\nOleh Bagus Hartanto Wijaya\n\nBulan lalu saya menghabiskan sepuluh hari di Islandia. Saya berangkat untuk melihat pusat data panas bumi.\n\nDi Reykjavik, saya diterima Sigrun Jonsdottir, direktur operasional sebuah operator pusat data.';
    const inText = run(text, 'id');
    expect(stopsOf(inText, 'Bagus Hartanto Wijaya')).toEqual(['IS']);
    expect(stopsOf(inText, 'Sigrun Jonsdottir')).toEqual([]);
    const lifted = run(text.replace('Oleh Bagus Hartanto Wijaya\n\n', ''), 'id', { author: 'Bagus Hartanto Wijaya', authorOnPage: true });
    expect(stopsOf(lifted, 'Bagus Hartanto Wijaya')).toEqual(['IS']);
  });

  it('takes no desk for a writer, and no byline a metadata field alone gives', () => {
    const text = 'OPINI\n\nOleh Redaksi Jendela Riset\n\nBulan lalu saya menghabiskan sepuluh hari di Islandia. Saya berangkat untuk melihat pusat data.';
    expect(names(run(text, 'id'), 'Person')).toEqual([]);
    const meta = run('Last month I spent ten days in Iceland. I went to see data centers run on geothermal power.', 'en', { author: 'Ruth Calder', authorOnPage: false });
    expect(names(meta, 'Person')).toEqual([]);
  });
});

describe('a round-up whose sections are headed by names', () => {
  const text =
    'WHERE ARE THEY NOW\n\nWe caught up with three alumni of the programme.\n\nKwame Boateng\n\nThe Accra-born founder of Gridwise still runs the company from Toronto. When we reached him, he was in Abu Dhabi, negotiating a power deal for a data-center campus.\n\nIngrid Solvik\n\nSolvik, a materials scientist, has spent the autumn as a visiting researcher at a laboratory in Daejeon, working on memory cells.\n\nRavi Menon\n\nMenon runs a chip startup from Bengaluru. He has not left India since 2023.';

  it('reads a heading that is a name as the person its section is about', () => {
    const x = run(text, 'en');
    expect(names(x, 'Person')).toEqual(['Ingrid Solvik', 'Kwame Boateng', 'Ravi Menon']);
    expect(stopsOf(x, 'Kwame Boateng')).toEqual(['AE']);
    expect(stopsOf(x, 'Ingrid Solvik')).toEqual(['KR']);
    expect(stopsOf(x, 'Ravi Menon')).toEqual([]);
  });

  it('takes no heading of common words for a name', () => {
    expect(names(run('Power And Money\n\nThe fund said it would invest in data centers.', 'en'), 'Person')).toEqual([]);
  });
});

describe('a secondment diary', () => {
  const text =
    'FIRST PERSON\n\nNjeri Wambui, an engineer at a Nairobi data-center operator, spent four months seconded to a site in Finland. These are extracts from her diary.\n\n3 February. Rohan Kulkarni, who came from Pune on the same exchange, and I are the only foreigners on the floor.\n\n22 March. Rohan and I took the ferry from Helsinki to Tallinn for the weekend.\n\n30 May. Last shift. Rohan flies back to India tomorrow and I fly to Nairobi on Sunday.';

  it('counts "took the ferry … to Tallinn" as a trip for both who took it', () => {
    const x = run(text, 'en');
    expect(stopsOf(x, 'Rohan Kulkarni')).toContain('EE');
  });

  it('does not send someone "flying back to India … and I fly to Nairobi" to Nairobi', () => {
    expect(stopsOf(run(text, 'en'), 'Rohan Kulkarni')).not.toContain('KE');
  });
});

describe('hosts told by what they do', () => {
  it('keeps whoever "shows Goh a pipe" a host', () => {
    const x = run(
      'Celeste Goh, managing partner at a Singapore fund, toured server halls in Sweden this week. In Lulea, Johan Ekberg of Kallback Compute shows Goh a pipe that carries warm water from the servers into the town.',
      'en',
    );
    expect(stopsOf(x, 'Celeste Goh')).toEqual(['SE']);
    expect(stopsOf(x, 'Johan Ekberg')).toEqual([]);
  });
});

describe('an op-ed urging a trip', () => {
  it('takes "he should book a trip to …" and "a stop in Taipei would be worth considering" for no trip', () => {
    const x = run(
      'OPINION\n\nIf Trade Secretary Ramon Villareal wants memory investment, he should book a trip to South Korea and Japan before the year ends. A stop in Taipei would also be worth considering.',
      'en',
    );
    expect(stopsOf(x, 'Ramon Villareal')).toEqual([]);
  });

  it('takes "sebaiknya Menteri berkunjung ke Seoul" for no trip', () => {
    expect(stopsOf(run('Menurut saya, sebaiknya Menteri Perdagangan Hendra Wiratama berkunjung ke Seoul tahun ini.', 'id'), 'Hendra Wiratama')).toEqual([]);
  });
});

describe('who is where in a research stay', () => {
  it('takes "tidak ada agenda ke Malaysia" from a spokesperson for no trip of hers', () => {
    const x = run('Juru bicara Corvid Lattice, Rebecca Thornquist, membantah kabar itu. Menurut dia, tidak ada agenda ke Malaysia dalam perjalanan kali ini.', 'id');
    expect(stopsOf(x, 'Rebecca Thornquist')).toEqual([]);
  });

  it('takes a dateline "PADANG — … berangkat ke Jerman" for where she sets off, not a stop', () => {
    const x = run('PADANG — Dosen Institut Teknologi Cakrawala Andalas, Ratna Wulandari Siregar, berangkat ke Jerman pada Senin untuk riset tiga bulan.', 'id');
    expect(stopsOf(x, 'Ratna Wulandari Siregar')).toEqual(['DE']);
  });

  it.each([
    ['id', 'Selama di Dresden, Ratna Siregar bergabung dengan kelompok riset yang dipimpin Prof. Matthias Oberländer untuk merancang cip.'],
    ['en', 'In Dresden, Ratna Siregar joined a research group led by Prof. Matthias Oberländer to design chips.'],
  ] as const)('takes whoever leads the research group a visitor joins for its host (%s)', (lang, text) => {
    const x = run(text, lang);
    expect(stopsOf(x, 'Ratna Siregar')).toEqual(['DE']);
    expect(stopsOf(x, 'Matthias Oberländer')).toEqual([]);
  });
});

describe('a correction at the foot', () => {
  const text =
    'Gilang Pramudya berada di Fukuoka, Jepang, pekan lalu dan bertemu Masato Kurihara, guru besar di institut tersebut. Kurihara sendiri dijadwalkan datang ke Bandung pada Maret. Ia juga akan meninjau laboratorium BRIN.\n\n' +
    'Ralat: Versi awal berita ini menyebutkan Gilang Pramudya berkunjung ke Busan, Korea Selatan. Informasi tersebut keliru. Yang benar, kunjungan berlangsung di Fukuoka, Jepang.';
  it('takes the stop an earlier version gave for none', () => {
    expect(stopsOf(run(text, 'id'), 'Gilang Pramudya')).toEqual(['JP']);
  });
  it('gives the trip the correction names to no one told last', () => {
    expect(stopsOf(run(text, 'id'), 'Masato Kurihara')).toEqual(['ID']);
  });
});

describe('a timeline of dated entries', () => {
  const text = [
    'Veltrana Systems spent the year courting suppliers. Chief executive Darren Whitcombe put Tomasz Keller and Helena Vross in charge.',
    'FEBRUARY — DARREN WHITCOMBE ON THE ROAD',
    '• Feb. 10 — Lands in Seoul for talks with Hanseong Memory on memory supply.',
    'MARCH — TOMASZ KELLER ON THE ROAD',
    '• Mar. 4 — Arrives in Johor, Malaysia, to inspect data-center sites.',
    '• Mar. 6 — Crosses the causeway to Singapore for meetings on permits.',
    '• Mar. 20 — The company announces that Whitcombe will stop in Taipei in April to meet foundry partners.',
    '• Apr. 8 — The Taipei stop is cancelled.',
    '• Apr. 22 — Vross flies to Abu Dhabi for talks with a fund.',
    '• Apr. 24 — Continues to Riyadh to pitch officials.',
    '• May 30 — Veltrana says it will open a research lab in Bengaluru. Vross is scheduled to visit the city in July to hire engineers.',
  ].join('\n\n');
  it('gives an entry that opens on its verb to whom the heading in capitals names', () => {
    const x = run(text, 'en');
    expect(stopsOf(x, 'Darren Whitcombe')).toEqual(['KR']);
    expect(stopsOf(x, 'Tomasz Keller')).toEqual(['MY', 'SG']);
  });
  it('goes on with the one in focus ("Continues to Riyadh") and to "the city" just named', () => {
    expect(stopsOf(run(text, 'en'), 'Helena Vross')).toEqual(['AE', 'IN', 'SA']);
  });
});

describe('a committee transcript', () => {
  const text = [
    'Members present: Nerys Pryce (Chair); Adaeze Okonkwo; Tobias Hargreaves.',
    'Witness: Geraint Ashdown, Director of Compute Partnerships.',
    'CHAIR: Mr Ashdown, welcome. Can you tell us where you went and why?',
    'Mr ASHDOWN: Certainly. Seoul in February, Tokyo in March, and Abu Dhabi in May, the last with the Minister, Rowena Tallis.',
    'CHAIR: Start with Seoul.',
    'Mr ASHDOWN: The purpose was memory supply. I met the two largest Korean producers to ask for an allocation of high-bandwidth memory.',
    'Ms OKONKWO: Tokyo?',
    'Mr ASHDOWN: Tokyo was about research. We signed a letter of intent on joint research with a national laboratory.',
    'Mr HARGREAVES: The Minister went to Abu Dhabi, you went. Did she go anywhere else?',
    'Mr ASHDOWN: No, she returned directly to London.',
    'Mr HARGREAVES: Any trips planned?',
    'Mr ASHDOWN: I am due in Ottawa next month to launch a joint research call.',
  ].join('\n\n');
  it('reads "Mr ASHDOWN:" as the witness speaking and his list of places as where he went', () => {
    const x = run(text, 'en');
    expect(stopsOf(x, 'Geraint Ashdown')).toEqual(['AE', 'CA', 'JP', 'KR']);
    expect(stopsOf(x, 'Adaeze Okonkwo')).toEqual([]);
    expect(stopsOf(x, 'Rowena Tallis')).toEqual(['AE']);
  });
  it('takes each listed stop\'s purposes from the answer about it', () => {
    const x = run(text, 'en');
    const of = (code: string): string | undefined => visits(x).find((v) => v.startsWith(`Geraint Ashdown → ${code} `));
    expect(of('KR')).toMatch(/\] .*memory/);
    expect(of('JP')).toBe('Geraint Ashdown → JP [reported] research');
  });
});

describe('a journalist\'s travel notes', () => {
  const text = [
    'Pesawat mendarat di Hanoi menjelang tengah malam. Petugas imigrasi membaca nama di paspor saya, Wulan Sekarsari, lalu bertanya singkat. Saya mengangguk.',
    'Pagi berikutnya, Pham Quoc Vinh, seorang direktur di kementerian, menerima saya di kantornya. "Sekarang investornya yang datang ke Hanoi," ujar Vinh. Dua hari kemudian saya naik bus ke Bac Ninh untuk melihat pabrik chip.',
    'Dari Hanoi saya terbang ke Penang, Malaysia. Di George Town saya bertemu Haslinda Ramli, pejabat senior Malaysian Investment Development Authority. Haslinda mengaku sudah lama tidak bepergian untuk promosi.',
  ].join('\n\n');
  const x = run(text, 'id', { author: 'Wulan Sekarsari', authorOnPage: true });
  it('keeps "saya" the writer\'s, a byline the text names too, whoever speaks in the paragraph', () => {
    expect(stopsOf(x, 'Wulan Sekarsari')).toEqual(['MY', 'VN']);
    expect(stopsOf(x, 'Pham Quoc Vinh')).toEqual([]);
  });
  it('takes George Town for a city and "tidak bepergian" for no trip', () => {
    expect(names(x, 'Person')).not.toContain('George Town');
    expect(stopsOf(x, 'Haslinda Ramli')).toEqual([]);
  });
});

describe('a post signed at its end', () => {
  const text = [
    "I've been home in Nairobi for two days. Two weeks, three countries, one co-founder lost along the way.",
    'Week one: India. We started in Bengaluru with meetings at GPU cloud providers, including Kaveri Compute, whose founder Ananya Kulkarni gave us a tour of a server hall.',
    'Week two: Singapore. Kibet Lemaiyan and I pitched their partner Clarissa Teo for our next funding round. We also spent an afternoon with lawyers on data-residency rules.',
    'We had hoped to add a stop in Seoul. It did not fit.',
    '— Zawadi Mwangi-Holt, co-founder & CEO, Tausi AI',
  ].join('\n\n');
  const x = run(text, 'en');
  it('reads the signature as a person of a firm and the writer of "I" and "we"', () => {
    expect(names(x, 'Person')).toContain('Zawadi Mwangi-Holt');
    expect(names(x, 'Organization')).toContain('Tausi AI');
    expect(stopsOf(x, 'Zawadi Mwangi-Holt')).toEqual(['IN', 'SG']);
  });
  it('keeps those a firm\'s office names ("whose founder …", "their partner …") at home', () => {
    expect(stopsOf(x, 'Ananya Kulkarni')).toEqual([]);
    expect(stopsOf(x, 'Clarissa Teo')).toEqual([]);
  });
});

describe('who a trip leaves out', () => {
  it('takes "kali ini tanpa Hendra" for a trip without him', () => {
    const x = run('CEO Awan Biru Hendra Kusumawijaya tiba di Tokyo bersama Direktur Teknologi Bimo Aryasatya. Sepekan kemudian Bimo bertolak ke Seoul, kali ini tanpa Hendra.', 'id');
    expect(stopsOf(x, 'Hendra Kusumawijaya')).toEqual(['JP']);
    expect(stopsOf(x, 'Bimo Aryasatya')).toEqual(['JP', 'KR']);
  });
});

describe('a career profile', () => {
  it('takes "Born in Thunder Bay, Ontario" (a town the gazetteer lacks, then its province) for home', () => {
    const x = run('Born in Thunder Bay, Ontario, in 1958, Douglas Amundsen joined Tamarack Semiconductor in 1983. Ruth stayed in Ottawa with their daughters, and he flew home every six weeks.', 'en');
    expect(stopsOf(x, 'Douglas Amundsen')).toEqual([]);
  });
});

describe('where a digest\'s people work', () => {
  it.each([
    ["Raghav Mehrotra, a joint secretary at India's Ministry of Electronics and Information Technology, visited Eindhoven to discuss equipment for the fabs India hopes to open.", 'Raghav Mehrotra', ['NL']],
    ["Lucía Arancibia, who runs the machine-learning group at Chile's Instituto Pehuén de Computación, spent a week in Montreal recruiting students for a new lab in Santiago.", 'Lucía Arancibia', ['CA']],
    ["Marisol Pinheiro, who separately met officials at South Korea's Ministry of Trade, flew on to Tokyo.", 'Marisol Pinheiro', ['JP', 'KR']],
  ])('%s', (text, who, stops) => {
    expect(stopsOf(run(text, 'en'), who)).toEqual(stops);
  });
});

describe('how far a companion went', () => {
  it('takes "accompanied as far as Phoenix by …, who then flew to Mexico City" for both stops', () => {
    const x = run('Yoon Ji-ho, president of South Korean memory maker Dasan Semiconductor, spent three days in Arizona touring sites. He was accompanied as far as Phoenix by chief financial officer Park Seo-yeon, who then flew to Mexico City to meet suppliers.', 'en');
    expect(stopsOf(x, 'Park Seo-yeon')).toEqual(['MX', 'US']);
  });
});

describe('a life told in an obituary', () => {
  it('gives the bare surname to the person the story is about, not a relative named in full; an invitation to a city is a trip ahead', () => {
    const x = run(
      [
        'Winifred Alcott, a Welsh-born test engineer who built chip lines on two continents, died on Monday. She was 88.',
        'Her son, Gareth Alcott, confirmed the death.',
        'In 1993 a young foundry invited her to Hsinchu to train its first shift supervisors.',
        'In 2004 Alcott flew to Dresden to help restart a flooded memory plant.',
      ].join(' '),
      'en',
    );
    expect(names(x, 'Person')).toEqual(['Gareth Alcott', 'Winifred Alcott']);
    expect(stopsOf(x, 'Winifred Alcott')).toEqual(['DE', 'TW']);
    expect(visits(x).find((v) => v.startsWith('Winifred Alcott → TW'))).toMatch(/\[planned\] chips/);
    expect(stopsOf(x, 'Gareth Alcott')).toEqual([]);
  });

  it('takes a name with two particles whole, before an occupation with a word for the kind of work', () => {
    const x = run('Travelling with her was Joost van der Meulen, a cooling engineer from a Dutch consultancy.', 'en');
    expect(names(x, 'Person')).toEqual(['Joost van der Meulen']);
  });
});

describe('a press release that tells a trip from where it is issued', () => {
  it('leaves the dateline as the place set off from, and a meeting pointed back at splits no one from their trip', () => {
    const x = run(
      [
        'Jakarta, 20 Oktober 2025 – Kepala Badan Riset Fotonik Nasional (BRFN), Dr. Gunawan Hadisaputro, melakukan kunjungan kerja ke Osaka, Jepang, pada 14–17 Oktober 2025 untuk membahas investasi pabrik chip.',
        'Sebagai tindak lanjut rangkaian pertemuan tersebut, Deputi BRFN, Larasati Wulandari, dijadwalkan bertolak ke Belanda pada pertengahan November untuk menjajaki riset litografi.',
      ].join(' '),
      'id',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Gunawan Hadisaputro → JP', 'Larasati Wulandari → NL']);
  });
});

describe('a founder\'s profile', () => {
  it('puts an investor who calls at her office in Bandung there, and reads "Soal ekspansi ke Tiongkok" as a topic, no trip', () => {
    const x = run(
      [
        'Bandung – Sekar Prameswari menjalankan Awan Priangan, perusahaan rintisan pusat data di Bandung.',
        'Awal tahun ini, Kenji Morimoto, mitra pengelola Hinoki Ventures dari Tokyo, menyambangi kantornya di Bandung dan kemudian ikut dalam putaran pendanaan lanjutan.',
        'Soal ekspansi ke Tiongkok, Sekar menggeleng.',
      ].join(' '),
      'id',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Kenji Morimoto → ID']);
  });
});

describe('an analysis of several trips', () => {
  it('reads "the city-state" as the country just visited, not a firm\'s home city, and a report being denied as no trip', () => {
    const x = run(
      [
        'Ravi Iyer, founder of Pune-based data-center developer Deccan Grid, spent three days in Singapore last week.',
        'He met the city-state\'s grid regulator about power connections for a campus.',
        'Kim Hye-jin spent part of the week denying a report that she had flown to Arizona to scout a site for a plant.',
      ].join(' '),
      'en',
    );
    expect(visits(x)).toEqual(['Ravi Iyer → SG [reported] data-centers,energy,regulation']);
  });
});

describe('a body that hosts a delegation', () => {
  it('sends the delegation\'s leader to where the body receives it, and a party someone welcomes goes nowhere new', () => {
    const x = run(
      [
        'Jakarta – Kepala BRFN, Gunawan Hadisaputro, melakukan kunjungan kerja ke Osaka, Jepang, pekan lalu.',
        'Sebelumnya, pada 9 Oktober 2025, BRFN menerima kunjungan delegasi Korea Selatan yang dipimpin Wakil Presiden Hanbit Memory, Choi Min-seo, di Jakarta.',
        'Gunawan menyambut langsung delegasi tersebut di kantor BRFN.',
      ].join(' '),
      'id',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Choi Min-seo → ID', 'Gunawan Hadisaputro → JP']);
  });
});

describe('a trip told inside a quotation', () => {
  it('ends the trip\'s story where a speech over several paragraphs closes, and takes a theme the speaker denies as no aim', () => {
    const x = run(
      [
        'Pejabat Otorita Riau Digital, Bagas Wiradipa, bercerita kepada wartawan di kantornya.',
        '',
        '“Pekan lalu saya ke Doha untuk mencari pendanaan pusat data.',
        '',
        'Bulan depan saya akan ke Hsinchu. Tujuannya bukan membangun pabrik semikonduktor. Saya ingin belajar cara Taiwan menyiapkan talenta.”',
        '',
        'Bagas menambahkan, otorita juga sedang menyusun regulasi perizinan satu pintu.',
      ].join('\n'),
      'id',
    );
    expect(visits(x)).toContain('Bagas Wiradipa → TW [planned] talent');
  });

  it('keeps a theme a denial still speaks of as wanted', () => {
    const x = run('Ingrid Solheim flew to Tokyo in May with a hydropower contract and not a single investor from Asia.', 'en');
    expect(visits(x)).toEqual(['Ingrid Solheim → JP [reported] energy,investment']);
  });
});

describe('a month before a name', () => {
  it.each(['Last May', 'Since May', 'In May'])('reads "%s Ingrid Solheim" as a date and a name', (lead) => {
    const x = run(`${lead} Ingrid Solheim flew to Tokyo to meet investors.`, 'en');
    expect(visits(x)).toEqual(['Ingrid Solheim → JP [reported] investment']);
  });
});

describe('a delegation followed across three countries', () => {
  it('takes "Ikut pula …" as members, a Balinese name whole after a firm\'s short form, a missed session as no cancelled trip, going home from the last stop as leaving the earlier ones, and where an aim would be built as no scene', () => {
    const x = run(
      [
        'Delegasi dipimpin Wakil Menteri Perdagangan Bayu Santosa Lubis. Ikut pula Direktur Utama PT Daya Awan Nusantara (DAN) Ni Luh Made Ayu Wirastuti.',
        '',
        'Rombongan tiba di Seoul pada Senin untuk membahas pasokan memori.',
        '',
        'Rombongan lalu terbang ke Tokyo. Wirastuti tidak ikut sesi investor. Bayu dan Wirastuti kemudian mengunjungi Hoshimi Foundry untuk menjajaki kemungkinan membangun pabrik chip di Indonesia.',
        '',
        'Sepulang dari Tokyo, Bayu mengatakan hasil lawatan akan dibawa ke rapat kabinet.',
      ].join('\n'),
      'id',
    );
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['Bayu Santosa Lubis', 'Ni Luh Made Ayu Wirastuti']);
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Bayu Santosa Lubis → JP', 'Bayu Santosa Lubis → KR', 'Ni Luh Made Ayu Wirastuti → JP', 'Ni Luh Made Ayu Wirastuti → KR']);
  });
});

describe('a founder\'s diary with dated day headings', () => {
  it('takes "Monday, 3 November — Dubai" as where the day is spent, whom the writer meets there as living there, and where she has worked for years as home', () => {
    const x = run(
      [
        'By Luz Carvajal Pino',
        '',
        'I\'m Luz Carvajal Pino, and for the past three years I have been building Sonora Labs out of a small office in Santiago.',
        '',
        'Monday, 3 November — Dubai',
        '',
        'Landed at dawn and went straight into a meeting with Mariam Al-Hosani, a partner at Dune Capital. She wanted to talk about our revenue; I wanted to talk about funding.',
        '',
        'Wednesday, 5 November — Singapore',
        '',
        'Breakfast with Tunde Okafor, who now runs partnerships at Merlion Compute. In the afternoon I toured their data center and its cooling plant.',
        '',
        '— Luz',
      ].join('\n'),
      'en',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Luz Carvajal Pino → AE', 'Luz Carvajal Pino → SG']);
  });
});

describe('people posted abroad', () => {
  it('keeps an attaché "yang sudah tiga tahun bertugas di Jepang" and an ambassador "untuk Jepang" from the delegation\'s visits', () => {
    const x = run(
      [
        'Menteri Perindustrian Agus Setiabudi bertolak ke Tokyo pada Senin untuk membahas investasi semikonduktor.',
        'Atase perdagangan KBRI Tokyo, Yusuf Hamdani, yang sudah tiga tahun bertugas di Jepang, mendampingi rombongan selama di Tokyo.',
        'Duta Besar RI untuk Jepang, Ratna Kirana Hutapea, akan menyambut rombongan setibanya di Tokyo.',
      ].join(' '),
      'id',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Agus Setiabudi → JP']);
  });
});

describe('an earnings call', () => {
  it('reads "Name, CFO:" as who speaks, "a week in Asia" as a region with no country, and a guest received at the firm\'s campus as a visitor', () => {
    const x = run(
      [
        'Operator: Welcome to the call. I will now hand over to the chief executive officer, Tomás Iturbe Garmendia.',
        '',
        'Tomás Iturbe Garmendia, CEO: Thank you. Revenue grew on our campuses in Spain and Portugal.',
        '',
        'That is why I spent a week in Asia in August. In Seoul I sat down with two memory suppliers. We had the pleasure of receiving Kenya\'s deputy minister for digital infrastructure, Wanjiku Mbeki Otieno, at our Madrid campus in September.',
        '',
        'Lucía Ferrer Soto, CFO: Thank you, Tomás. In September I met investors in London, and we closed a green bond.',
        '',
        'Operator: The first question comes from Kenji Sato at Hoshi Securities.',
      ].join('\n'),
      'en',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Lucía Ferrer Soto → GB', 'Tomás Iturbe Garmendia → KR', 'Wanjiku Mbeki Otieno → ES']);
  });
});

describe('a state visit\'s agenda', () => {
  it('sends a minister who "mendampingi seluruh rangkaian kunjungan" to every stop of the one she was said to accompany, and keeps the vice-president at home', () => {
    const x = run(
      [
        'Jakarta, 3 Desember 2025 — Kemensetneg mengumumkan agenda kunjungan kenegaraan Presiden Bagus Wirawan Putra ke Jepang dan Korea Selatan pada 8–11 Desember 2025.',
        '',
        'Dalam kunjungan tersebut, Presiden didampingi Menteri Perindustrian Lestari Ayu Handoko.',
        '',
        '• Menteri Perindustrian Lestari Ayu Handoko mendampingi seluruh rangkaian kunjungan.',
        '• Selama Presiden berada di luar negeri, Wakil Presiden Sutan Marpaung menjalankan tugas pemerintahan sehari-hari di Jakarta.',
      ].join('\n'),
      'id',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Bagus Wirawan Putra → JP', 'Bagus Wirawan Putra → KR', 'Lestari Ayu Handoko → JP', 'Lestari Ayu Handoko → KR']);
  });
});

describe('a news digest of numbered items', () => {
  it('keeps each item\'s story to itself, and a visit "yang semula dijadwalkan pekan ini diundur ke 14 Januari" is still planned', () => {
    const x = run(
      [
        '1. Bos pusat data India sambangi Batam',
        'CEO Yamuna Cloud, Arjun Menon, berada di Batam sejak Rabu untuk meninjau lahan kampus pusat data. Ia juga membahas pasokan listrik.',
        '',
        '2. Menteri buka forum talenta',
        'Menteri Ketenagakerjaan Sri Wahyuni membuka forum talenta digital di Jakarta. Ia mengumumkan beasiswa pelatihan chip.',
        '',
        '3. Kunjungan CEO Vietnam diundur',
        'Kunjungan Trần Minh Khoa, CEO Sông Đà Chips, ke Batam yang semula dijadwalkan pekan ini diundur ke 14 Januari 2026.',
      ].join('\n'),
      'id',
    );
    expect(visits(x)).toEqual(['Arjun Menon → ID [reported] data-centers,energy', 'Trần Minh Khoa → ID [planned]']);
  });
});

describe('Korean family names', () => {
  it.each(['Yeom Ji-hoon', 'Chae Min-seo', 'Gwak Do-yun'])('finds %s after a minister\'s title and a country', (name) => {
    const x = run(`Menteri Sains Korea Selatan ${name} datang ke Jakarta untuk membahas pusat data.`, 'id');
    expect(visits(x)).toEqual([`${name} → ID [reported] data-centers`]);
  });
});

describe('an interviewer\'s statement', () => {
  it('takes "you were in Abu Dhabi" as the interviewee\'s trip when the answer says yes, and not when it does not', () => {
    const intro = 'Halima Chebet Wekesa has been Kenya\'s Cabinet Secretary for Digital Economy for a year.\n\nQ: Minister Wekesa, you came back from Seoul yesterday. What was the trip for?\n\nA: People. In Seoul I met memory makers about training technicians.\n\n';
    const yes = run(`${intro}Q: Before Korea you were in Abu Dhabi.\n\nA: In March, yes. We talked about geothermal power for data centers.\n\nQ: What comes next?\n\nA: Budget talks.`, 'en');
    expect(visits(yes).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Halima Chebet Wekesa → AE', 'Halima Chebet Wekesa → KR']);
    const no = run(`${intro}Q: You were also expected in Abu Dhabi.\n\nA: The budget kept me home. We talked about geothermal power by video.\n\nQ: What comes next?\n\nA: Budget talks.`, 'en');
    expect(visits(no).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Halima Chebet Wekesa → KR']);
  });
});

describe('a schedule whose day lines give date, dash and place', () => {
  it('takes "Senin, 8 Desember — Tokyo: …" as a stop, with what its line says', () => {
    const x = run(
      [
        'Menteri Perindustrian Lestari Ayu Handoko dijadwalkan melawat ke Jepang dan Korea Selatan pekan depan.',
        '',
        'Jadwal kunjungan:',
        '',
        'Senin, 8 Desember — Tokyo: Penandatanganan nota kesepahaman rantai pasok semikonduktor.',
        '',
        'Rabu, 10 Desember — Seoul: Forum bisnis tentang memori berkecepatan tinggi.',
      ].join('\n'),
      'id',
    );
    expect(visits(x)).toEqual(['Lestari Ayu Handoko → JP [planned] chips,supply-chain', 'Lestari Ayu Handoko → KR [planned] memory']);
  });
});

describe('a state visit\'s schedule', () => {
  it('gives the president and the minister escorting him throughout what each day line says', () => {
    const x = run(
      [
        'Jakarta, 3 Desember 2025 — Kemensetneg mengumumkan agenda kunjungan kenegaraan Presiden Bagus Wirawan Putra ke Jepang dan Korea Selatan pekan depan.',
        '',
        'Dalam kunjungan tersebut, Presiden didampingi Menteri Perindustrian Lestari Ayu Handoko.',
        '',
        'Senin, 8 Desember — Tokyo: Penandatanganan nota kesepahaman rantai pasok semikonduktor.',
        '',
        'Rabu, 10 Desember — Seoul: Forum bisnis tentang memori berkecepatan tinggi.',
        '',
        '• Menteri Perindustrian Lestari Ayu Handoko mendampingi seluruh rangkaian kunjungan.',
      ].join('\n'),
      'id',
    );
    const purposes = (who: string, code: string): string => visits(x).find((v) => v.startsWith(`${who} → ${code}`))?.split('] ')[1] ?? '';
    for (const who of ['Bagus Wirawan Putra', 'Lestari Ayu Handoko']) {
      expect(purposes(who, 'JP')).toContain('supply-chain');
      expect(purposes(who, 'KR')).toContain('memory');
    }
  });
});

describe('an interview held at the interviewee\'s home', () => {
  it('takes "has been Kenya\'s Cabinet Secretary" as her home, and "he came here" as a trip to it, not to her last stop', () => {
    const x = run(
      [
        'Halima Chebet Wekesa has been Kenya\'s Cabinet Secretary for the Digital Economy for a year. She flew home to Nairobi on Monday.',
        '',
        'Q: Minister Wekesa, you were in Abu Dhabi in March. What was the trip for?',
        '',
        'A: Geothermal power. Sahra Capital and its chief executive, Khalid bin Rashed Al-Mansouri, wanted to finance a data center campus.',
        '',
        'Q: And then he came here.',
        '',
        'A: In June. He toured the geothermal fields.',
        '',
        'Q: What comes next?',
        '',
        'A: Budget talks.',
      ].join('\n'),
      'en',
    );
    expect(visits(x).map((v) => v.replace(/ \[.*/, ''))).toEqual(['Halima Chebet Wekesa → AE', 'Khalid bin Rashed Al-Mansouri → KE']);
  });
});
