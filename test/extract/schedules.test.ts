import { describe, expect, it } from 'vitest';
import { names, run, stopsOf, visits } from './helpers.js';

// Trips told as schedules, legs and companions, and what only looks like a trip.
const only = (list: string[]): string[] => list.map((v) => v.replace(/ \[[a-z]+\].*$/, ''));

describe('schedules and legs of a trip', () => {
  it('reads each line of a schedule as a stop of the traveller in focus, not of the hosts it names', () => {
    const x = run(
      [
        'DUBAI — Rashid Al Falasi, who runs the Emirati fund Sahra Capital, leaves on Saturday for a week in Asia.',
        'His programme, seen by this newspaper, is as follows:',
        '• Monday: Taipei — talks on packaging capacity; lunch hosted by Taiwan economy minister Lin Mei-hua.',
        '• Wednesday: Osaka — meetings with utilities on power for data centers.',
        '• Friday: return to Dubai.',
      ].join('\n'),
      'en',
    );
    expect(only(visits(x))).toEqual(['Rashid Al Falasi → JP', 'Rashid Al Falasi → TW']);
  });

  it('reads a list of stops under each traveller\'s own line, skipping a stop done by video, each stop\'s purposes its own', () => {
    const x = run(
      [
        'Summary: two trips this quarter, confirmed by company statements.',
        '',
        'Mirela Castellanos-Brandt, CEO, Quorvane AI (Boston)',
        '- Seoul, South Korea (2–3 Aug): talks on memory allocation with Hanseo Memory.',
        '- Tokyo, Japan: video call only with substrate suppliers; no travel.',
        '',
        'Tobias Engqvist-Lund, CFO, Vardhaug Cloud (Oslo)',
        '- Abu Dhabi, UAE (9–10 Sep): met Saqr Sovereign Holdings about a minority stake.',
        '',
        'Our read: chips and power are the limits.',
      ].join('\n'),
      'en',
      { publishedAt: '2025-09-30' },
    );
    expect(visits(x)).toEqual(['Mirela Castellanos-Brandt → KR [reported] memory,supply-chain', 'Tobias Engqvist-Lund → AE [reported] investment']);
    expect(names(x, 'Organization')).toEqual(['Hanseo Memory', 'Quorvane AI', 'Saqr Sovereign Holdings', 'Vardhaug Cloud']);
  });

  it('reads an Indonesian agenda with dates in brackets and keeps its planned status', () => {
    const x = run(
      [
        'SURABAYA — Gubernur Jawa Timur Drs. H. Agus Prasetyo akan melakukan lawatan ke Jepang dan Korea Selatan mulai Senin (3/3).',
        'Agenda sang gubernur sebagai berikut:',
        '- Senin (3/3): Tokyo — pertemuan dengan investor pusat data.',
        '- Rabu (5/3): perjalanan ke Seoul.',
        '- Jumat (7/3): kembali ke Surabaya.',
      ].join('\n'),
      'id',
    );
    expect(visits(x).map((v) => v.replace(/\] .*$/, ']'))).toEqual(['Agus Prasetyo → JP [planned]', 'Agus Prasetyo → KR [planned]']);
  });

  it('reads a fact box: the traveller its "Siapa:" line names, a table of dated stops ahead of the article\'s date, a companion on two legs with their purposes', () => {
    const x = run(
      [
        'LAWATAN CHIP: 3 NEGARA',
        '',
        'Siapa: Rudolf Simatupang, Kepala Lembaga Semikonduktor Nasional (LSN)',
        'Pendamping: Wening Sasmita, Direktur Riset LSN (hanya ikut ke Hsinchu dan Seoul)',
        'Status: rencana, berangkat dari Jakarta 3 November',
        '',
        '▪ 3–4 Nov | Hsinchu',
        'Agenda: riset bersama dan pelatihan insinyur di lini produksi',
        '',
        '▪ 5 Nov | Seoul',
        'Agenda: memori berkecepatan tinggi (HBM)',
        '',
        '▪ 7 Nov | Abu Dhabi',
        'Agenda: pasokan listrik tenaga surya untuk pabrik',
        '',
        '▪ 12 Nov | Delegasi Finlandia dipimpin Aino Koskinen',
      ].join('\n'),
      'id',
      { publishedAt: '2025-10-30' },
    );
    expect(visits(x)).toEqual([
      'Rudolf Simatupang → AE [planned] energy',
      'Rudolf Simatupang → KR [planned] memory',
      'Rudolf Simatupang → TW [planned] research,talent',
      'Wening Sasmita → KR [reported] memory',
      'Wening Sasmita → TW [reported] research,talent',
    ]);
  });

  it('takes the legs a companion joins, and the visit a place names', () => {
    const x = run(
      'Priya Natarajan flies to Doha on Monday. Joining her on the Riyadh and Abu Dhabi legs is Karan Mehta, the chief financial officer. Sunil Rao will meet her in Doha and stay on for the Muscat visit.',
      'en',
    );
    expect(only(visits(x))).toEqual([
      'Karan Mehta → AE',
      'Karan Mehta → SA',
      'Priya Natarajan → AE',
      'Priya Natarajan → QA',
      'Priya Natarajan → SA',
      'Sunil Rao → OM',
      'Sunil Rao → QA',
    ]);
  });

  it('keeps the visitor of a "where" clause after a "shared with", and of a forum hosted by others', () => {
    const x = run(
      'Priya Natarajan runs Kestrel Compute. The plan, shared with investors, starts in Riyadh, where Natarajan will meet bankers. She then wraps up in Abu Dhabi, where she will speak at a forum hosted by Dune Capital.',
      'en',
    );
    expect(only(visits(x))).toEqual(['Priya Natarajan → AE', 'Priya Natarajan → SA']);
  });

  it('does not count the place a traveller leaves from, a video link or a denied trip', () => {
    const x = run(
      'SEOUL — Park Ji-hoon leaves on Sunday for a tour of Europe. Trade minister Anne Visser joined the launch by video link from Amsterdam. Reports that Park would travel to Beijing next month were denied by the company.',
      'en',
    );
    expect(visits(x)).toEqual([]);
  });

  it('lets a companion with degrees join at the place named after the verb', () => {
    const x = run(
      'Menteri Perindustrian Budi Hartono bertolak ke Abu Dhabi, Minggu. Kepala Dinas Perindustrian Jateng Hj. Rina Marlina, S.T., M.M. akan mendampingi di Abu Dhabi dan Dubai.',
      'id',
    );
    expect(only(visits(x))).toEqual(['Budi Hartono → AE', 'Rina Marlina → AE']);
  });
});

describe('who goes on to the next stop', () => {
  it('keeps a companion who came for one stop only out of the next one', () => {
    const x = run(
      [
        'Menteri Perindustrian Budi Hartono bertolak ke Korea Selatan, Senin.',
        'Selama di Korsel, Budi didampingi Direktur Jenderal Industri Kimia, Farmasi, dan Tekstil (IKFT) Ir. Sri Wulandari, M.T.',
        'Di Seoul, Sri memimpin forum bisnis soal pasokan bahan untuk pabrik-pabrik di Indonesia.',
        'Namun, Sri hanya mendampingi di Seoul lalu kembali ke Jakarta.',
        'Dari Korsel, rombongan melanjutkan perjalanan ke Tokyo.',
      ].join(' '),
      'id',
    );
    expect(names(x, 'Person')).toEqual(['Budi Hartono', 'Sri Wulandari']);
    expect(only(visits(x))).toEqual(['Budi Hartono → JP', 'Budi Hartono → KR', 'Sri Wulandari → KR']);
  });

  it('takes a companion named for the legs, the party onward, and the stop the trip ends at', () => {
    const x = run(
      [
        'Wakil Menteri Investasi Hendra Simatupang Melawat ke Teluk',
        '',
        'JAKARTA — Wakil Menteri Investasi Hendra Simatupang melawat ke Timur Tengah. Di Abu Dhabi, Hendra menyambangi kantor sebuah pengembang pusat data.',
        'Turut mendampingi dalam etape Abu Dhabi dan Riyadh, Direktur Utama PT Awan Data Tbk, Yosef Kurnia.',
        'Dari Abu Dhabi, rombongan bertolak ke Riyadh. Rangkaian lawatan ditutup di Doha, Qatar.',
      ].join('\n'),
      'id',
    );
    expect(names(x, 'Person')).toEqual(['Hendra Simatupang', 'Yosef Kurnia']);
    expect(only(visits(x))).toEqual(['Hendra Simatupang → AE', 'Hendra Simatupang → QA', 'Hendra Simatupang → SA', 'Yosef Kurnia → AE', 'Yosef Kurnia → SA']);
  });

  it('does not send the trip to a country only named after it', () => {
    const x = run('Rina Hartley toured a memory plant in Seoul on Monday. The tour comes as Washington weighs limits on chip sales to China.', 'en');
    expect(only(visits(x))).toEqual(['Rina Hartley → KR']);
  });
});

describe('names around schedules and captions', () => {
  it('keeps a captioned person a person and a credit an organisation', () => {
    const x = run('Lena Moretti opened the new centre in Nagoya on Friday.\n\n[Photo: Lena Moretti cuts the ribbon.]\n\nPhoto: Reuters', 'en');
    expect(names(x, 'Person')).toEqual(['Lena Moretti']);
  });

  it('reads a publication named by its short form as the organisation', () => {
    const x = run('Anna Berg told Harbour Street about the deal. © 2025 Harbour Street Media Ltd.', 'en');
    expect(names(x, 'Person')).toEqual(['Anna Berg']);
    expect(names(x, 'Organization')).toContain('Harbour Street Media Ltd.');
  });

  it('keeps an office word inside an agency name and a company name before its head\'s degree', () => {
    const x = run(
      'Jadwal itu diterima dari Biro Administrasi Pimpinan Setda Jatim. Direktur Utama PT Sinar Baja Nusantara Ir. Bambang Wijaya ikut dalam rombongan. Ia diterima Bupati Gresik H. Andi Saputra Rahman, S.H. dan Direktur Investasi Danantara, Ir. Dewi Lestari.',
      'id',
    );
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(['Biro Administrasi Pimpinan Setda Jatim', 'PT Sinar Baja Nusantara']));
    expect(names(x, 'Person')).toEqual(expect.arrayContaining(['Andi Saputra Rahman', 'Bambang Wijaya', 'Dewi Lestari']));
    const roles = x.relations.filter((r) => r.type === 'ROLE_AT').map((r) => `${r.source} ${r.target}`);
    expect(roles).toEqual(['person:dewi-lestari organization:danantara']);
  });

  it('finds companies with dotted legal forms and industry words, and universities "of" a field', () => {
    const x = run(
      'Kioxia is watched by Hoshizora Advanced Packaging K.K., a young venture, and by our packaging partner, Tenkai Advanced Packaging. She met Provost Arjun Mehra at Hanbada University of Science.',
      'en',
    );
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(['Hoshizora Advanced Packaging K.K.', 'Tenkai Advanced Packaging', 'Hanbada University of Science']));
    expect(names(x, 'Person')).toEqual(['Arjun Mehra']);
  });

  it('does not read a sentence opener after a legal form as part of the name, nor a caption aside as a credit', () => {
    const id = run('Ia bertemu pemasok wafer, Kanazawa Silika K.K. Menurutnya, pasokan wafer rawan.', 'id');
    expect(names(id, 'Organization')).toEqual(['Kanazawa Silika K.K.']);
    const en = run('Meera Sethi toured the fab.\n\n[Photo: Meera Sethi, centre, on the fab floor. Photo: Kyodo]', 'en');
    expect(names(en, 'Person')).toEqual(['Meera Sethi']);
  });
});

describe('companions without a place of their own', () => {
  it('puts a companion where the person accompanied is, not where he went before', () => {
    const x = run('Vikram Rao flew to Taipei on Monday.\n\nThe minister Meera Sethi has landed in Tokyo. She is accompanied by Rao.', 'en');
    expect(only(visits(x))).toEqual(['Meera Sethi → JP', 'Vikram Rao → JP', 'Vikram Rao → TW']);
  });
});

describe('purposes of a one-country trip', () => {
  const text = [
    'Meera Joshi, India\'s electronics minister, is on a two-day visit to Japan.',
    '',
    'She toured a chip fab in Kumamoto on Tuesday.',
    '',
    'Later she met the heads of three utilities. Power for new data centers was the theme of the talks, and data centers need far more power than grids can give.',
    '',
    'Back home, analysts said the fellowship for engineers would matter most: training engineers in Japanese fabs builds the talent India lacks.',
  ];

  it('takes the themes of the whole story for the traveller, and leaves others at the same place their own', () => {
    const x = run(text.join('\n'), 'en');
    const joshi = x.relations.find((r) => r.type === 'VISITED' && r.source === 'person:meera-joshi');
    expect(joshi?.purposes).toEqual(expect.arrayContaining(['chips', 'data-centers', 'energy', 'talent']));
  });

  it('keeps a trip to two countries to each one\'s own frame', () => {
    const x = run([...text.slice(0, 4), 'She then flew to Seoul for talks on memory.', '', text[6] as string].join('\n'), 'en');
    const kr = x.relations.find((r) => r.type === 'VISITED' && r.target === 'country:kr');
    expect(kr?.purposes).toContain('memory');
    expect(kr?.purposes).not.toContain('energy');
    expect(kr?.purposes).not.toContain('data-centers');
  });
});

describe('Indonesian government bodies and compound company names', () => {
  it('splits two bodies joined by "dan" and a company closed by its legal form', () => {
    const x = run('Rencana itu dibahas Pemprov Jatim dan DPRD Jatim bersama PT Sinar Laut Tbk dan Kamar Dagang dan Industri Jawa Timur.', 'id');
    expect(names(x, 'Organization').sort()).toEqual(['DPRD Jatim', 'Kamar Dagang dan Industri Jawa Timur', 'PT Sinar Laut Tbk', 'Pemprov Jatim']);
  });

  it('still names a company inside "TSMC-led" and "Samsung-backed"', () => {
    const x = run('JASM is the TSMC-led plant; Rebellions is a Samsung-backed startup.', 'en');
    expect(names(x, 'Organization')).toEqual(expect.arrayContaining(['TSMC', 'Samsung']));
  });
});

describe('nicknames and offices with long fields', () => {
  it('reads "Pak Har" as the one person whose name it opens, and a vice-rector\'s field as no name', () => {
    const x = run(
      'Rektor Universitas Maju Prof. Dr. Haryanto Wibowo memimpin rombongan ke Taiwan. Rombongan menyambangi kampus di Hsinchu.\n\nPak Har, sapaan akrab sang rektor, didampingi Wakil Rektor Bidang Akademik dan Kerja Sama, Dr. Eng. Sinta Maharani, S.T. Tahun lalu, Pak Har menyambangi Penang, Malaysia.',
      'id',
    );
    expect(names(x, 'Person')).toEqual(['Haryanto Wibowo', 'Sinta Maharani']);
    expect(only(visits(x))).toEqual(['Haryanto Wibowo → MY', 'Haryanto Wibowo → TW', 'Sinta Maharani → TW']);
  });
});

describe('an interviewee speaking of her own trips', () => {
  it('reads "saya" after a time word as the speaker, and a stay told by its length as a visit', () => {
    const x = run(
      'Dr. Laras Wibisono memimpin riset chip fotonik di BRIN.\n\nLW: Ya, tahun lalu saya tiga bulan di Eindhoven untuk pelatihan desain chip.\n\nLW: Bulan depan saya akan ke Austin untuk konferensi riset.',
      'id',
    );
    expect(visits(x).map((v) => v.replace(/ \S+$/, ''))).toEqual(['Laras Wibisono → NL [reported]', 'Laras Wibisono → US [planned]']);
  });
});

describe('a delegation and the official it calls on', () => {
  it('keeps the official out of the party that travels on', () => {
    const x = run(
      'HANOI, Sept. 18 (Wire) -- A delegation led by Chairman Park Min-jae of Daewon Chemicals paid a courtesy call on Nguyen Thi Lan, Deputy Minister of Industry, in Hanoi on Wednesday. The delegation included Daewon CEO Choi Ji-ho. On its way home, the delegation will stop over in Singapore on Friday.',
      'en',
    );
    expect(only(visits(x))).toEqual(['Choi Ji-ho → SG', 'Choi Ji-ho → VN', 'Park Min-jae → SG', 'Park Min-jae → VN']);
  });
});

describe('a trip denied in the first person', () => {
  it('does not count "I didn\'t go to Tokyo — I was in Oslo"', () => {
    const x = run('Karin Dahl runs a memory start-up.\n\nQ: Did you fly to Tokyo for the launch?\n\nDahl: I didn\'t go to Tokyo — I was in my kitchen in Oslo at six in the morning.', 'en');
    expect(visits(x)).toEqual([]);
  });
});

describe('a feature that opens on a scene', () => {
  it('puts "the centre" where the opening scene is, for a visitor from elsewhere', () => {
    const x = run(
      'Past the airlock lies the training cleanroom of the Mesa Packaging Academy in Chandler.\n\nIn March, Le Van Toan, Vietnam\'s deputy minister of science, spent a day at the centre watching the trainees.',
      'en',
    );
    expect(only(visits(x))).toEqual(['Le Van Toan → US']);
  });
});

describe('a headline that ingest took out of the body', () => {
  it('still names its places, but adds no people, companies or themes of its own', () => {
    const body = 'RIYADH, March 4 (Wire) - The minister, Fahd Al Harbi, will travel next week to buy memory chips.';
    const title = 'Saudi minister plans Asia trip, Tata Kelola talks with Orvelle\'s Vos on data centers';
    const x = run(body, 'en', { title });
    expect(names(x, 'Region')).toContain('Asia');
    expect(names(x, 'Person')).toEqual(['Fahd Al Harbi']);
    expect(names(x, 'Organization')).toEqual([]);
    expect(names(x, 'Theme')).not.toContain('data centers');
    const inBody = run(`${title}\n\n${body}`, 'en', { title });
    expect(names(inBody, 'Region')).toContain('Asia');
  });
});

describe('an object pronoun after an apposition', () => {
  it('is not the subject the apposition describes', () => {
    const x = run(
      'Marisa Kettle flew to Johor on Monday. Datuk Harun Salleh, the state official in charge of investment, received her at the state secretariat in Johor Bahru.',
      'en',
    );
    expect(only(visits(x))).toEqual(['Marisa Kettle → MY']);
  });

  it('finds a company with a Nordic legal form', () => {
    expect(names(run('The heat goes to Saimaa Lampo Oy, a Finnish utility.', 'en'), 'Organization')).toEqual(['Saimaa Lampo Oy']);
  });
});

describe('a company named by its first word', () => {
  it('reads "seorang direktur Huaxin" as the company, not a person called Huaxin', () => {
    const x = run('Delegasi kedua berasal dari Huaxin Cloud Technology, dipimpin Wakil Presiden Liu Yanping. Seorang direktur Huaxin lainnya, Zhou Wen, ikut secara daring.', 'id');
    expect(names(x, 'Person')).toEqual(['Liu Yanping', 'Zhou Wen']);
  });
});

describe('captions and campus heads', () => {
  it('keeps a person named in a caption with "(left)" a person', () => {
    const x = run('Yoon Min-ho toured the hall on Monday.\n\n13:10 — Photo: Yoon Min-ho (left), chief executive of Daebo Memory, tours the hall.', 'en');
    expect(names(x, 'Person')).toEqual(['Yoon Min-ho']);
  });

  it('keeps an Indonesian rector at home when he leads a trip abroad', () => {
    const x = run('MEDAN — Rektor Institut Teknologi Sumatera Raya, Prof. Dr. Ir. Hendra Saragih, M.T., memimpin rombongan ke Taiwan.', 'id');
    expect(only(visits(x))).toEqual(['Hendra Saragih → TW']);
  });
});

describe('a host in the future tense', () => {
  it('keeps "would host the delegation" a host, and "should host more of the supply chain" no hosting', () => {
    const x = run(
      'SEOUL — Omar Al-Rashidi arrived in Seoul on Monday. The ministry said Vice Minister Han Seo-jin would host the delegation at a dinner in Seoul.',
      'en',
    );
    expect(only(visits(x))).toEqual(['Omar Al-Rashidi → KR']);
    const y = run('Siti Kamal will lead a Johor delegation to Seoul in April, she added, arguing that the state should host more of the supply chain.', 'en');
    expect(only(visits(y))).toEqual(['Siti Kamal → KR']);
  });
});

describe('guests of an event', () => {
  it('puts speakers from abroad at the event the report is set at, and a party named by its country there too', () => {
    const x = run(
      [
        'NUSA DUA — Sekitar 500 peserta menghadiri Forum Pusat Data 2025 di Nusa Dua, Bali, pekan ini.',
        'Salah satu pembicara adalah Tran Thi Mai, direktur Saigon Power JSC asal Vietnam.',
        'Dari Thailand hadir Somchai Wongsakul, direktur Siam Cloud Co., Ltd.',
        'Delegasi India dipimpin Dr. Priya Raman, kepala otoritas koridor digital dari negara bagian Andhra Pradesh.',
      ].join(' '),
      'id',
    );
    expect(only(visits(x))).toEqual(['Priya Raman → ID', 'Somchai Wongsakul → ID', 'Tran Thi Mai → ID']);
  });
});

describe('live blogs', () => {
  const blog = [
    'Jakarta Cloud Week, day one: live',
    '',
    '17:05 — Ines Carvalho, founder of Porto-based Maré Compute, tells us she flies on to Tokyo on Friday to meet memory suppliers.',
    '',
    '15:40 — Omar Haddad, who landed from Dubai this morning, says his fund wants to finance two data centre campuses.',
    '',
    '14:10 — Photo: Visitors at the exhibition hall. Photo: Kabar Pagi/Rina Hapsari',
    '',
    '09:00 — Good morning from Jakarta. Today is about power, chips and money.',
  ].join('\n');

  it('keeps each entry to its own scene, set where the earliest entry says the blog is', () => {
    const x = run(blog, 'en');
    // Omar's entry is printed below Ines's Tokyo plan but happened earlier, in Jakarta.
    expect(only(visits(x))).toEqual(['Ines Carvalho → JP', 'Omar Haddad → ID']);
  });

  it('names the agency of a photo credit, not its photographer', () => {
    const x = run(blog, 'en');
    expect(names(x, 'Person')).toEqual(['Ines Carvalho', 'Omar Haddad']);
  });

  it('reads times on lines of their own as entries; entries about the visitor set in the scene are moments of the trip told below them; a start-up\'s founder travelling with the delegation was there, whatever home he flies to', () => {
    const x = run(
      [
        'LIVE | Cape Ledger',
        '',
        '18:40',
        'That is it from us today. Moyo flies to Seoul tonight and is due at a memory maker tomorrow.',
        '',
        '17:55',
        'Tendai Chikore, founder of the Zimbabwean fabless start-up Msasa Chips, who has travelled with the delegation all week, tells us he is flying home to Harare tonight.',
        '',
        '15:10',
        'Moyo has just finished a closed meeting with Lin Shu-fen of a packaging group. The two discussed an investment in a test plant back home.',
        '',
        '10:05',
        'Good morning from Hsinchu. Minister Rutendo Moyo begins the last day of her visit to Taiwan at the science park.',
      ].join('\n'),
      'en',
    );
    expect(names(x, 'Organization')).toContain('Msasa Chips');
    expect(names(x, 'Person')).toEqual(['Lin Shu-fen', 'Rutendo Moyo', 'Tendai Chikore']);
    expect(stopsOf(x, 'Rutendo Moyo')).toEqual(['KR', 'TW']);
    expect(visits(x).find((v) => v.startsWith('Rutendo Moyo → TW'))).toMatch(/investment/);
    expect(stopsOf(x, 'Tendai Chikore')).toEqual(['TW']);
  });
});

describe('timelines', () => {
  it('keeps each dated entry to its own scene, and a scene that opens an entry holds all of it', () => {
    const x = run(
      [
        'Timeline: a year of compute diplomacy',
        '',
        '12–14 February — Digital Development Minister Daulet Serikbayev travels to Taipei, where he meets chip designers.',
        '',
        '3 March — In Astana, Serikbayev hosts a delegation from the Finnish operator Kuusi Data led by its chief executive, Jaakko Vänskä, who tours two candidate sites.',
        '',
        '19 May — A planned trip to Seoul is scrapped. A spokesperson said there were no plans for him to visit Washington.',
      ].join('\n'),
      'en',
    );
    expect(only(visits(x))).toEqual(['Daulet Serikbayev → TW', 'Jaakko Vänskä → KZ']);
  });
});

describe('a party and its leader', () => {
  it('lets a leg told of the group carry on through what the leader does there', () => {
    const x = run(
      [
        "NAIROBI — Kenya's Cabinet Secretary for Information, Wanjiru Kamau-Odhiambo, left Nairobi on Tuesday for a tour of India.",
        'Travelling with her is Peter Langat, managing director of Rift Valley Data Parks.',
        'The first leg takes the group to Bengaluru and Hyderabad.',
        'Kamau-Odhiambo is expected to visit a hyperscale data center campus in Hyderabad and to discuss financing and geothermal power.',
      ].join(' '),
      'en',
    );
    const langat = visits(x).find((v) => v.startsWith('Peter Langat → IN'));
    expect(langat).toMatch(/data-centers/);
    expect(langat).toMatch(/energy/);
  });

  it('keeps a delegation split in parties apart: each leader goes where their own party goes, a party\'s stop is its members\'', () => {
    const x = run(
      [
        'Medan – Delegasi Himpunan Produsen Perangkat Nusantara berangkat dari Medan pada Senin dan langsung berpencar setibanya di Asia Timur.',
        '',
        'Ketua delegasi, Bonifasius Sitorus, memimpin rombongan pertama ke Osaka. Di sana ia menemui bank pembangunan untuk menawarkan pendanaan proyek kawasan industri.',
        '',
        'Rombongan kedua dipimpin Kurniasih Wulandari, direktur utama penyedia pusat data PT Awan Toba. Ia terbang ke Busan untuk membahas pasokan chip memori.',
        '',
        'Rombongan ketiga bertolak ke Xiamen. Pendiri perusahaan rintisan Sensa Labs, Taufik Hidayat, memanfaatkan kunjungan itu untuk mencari pemasok chip sensor. Di Xiamen, rombongan mengunjungi dua pabrik komponen.',
      ].join('\n'),
      'id',
    );
    expect(only(visits(x))).toEqual(['Bonifasius Sitorus → JP', 'Kurniasih Wulandari → KR', 'Taufik Hidayat → CN']);
    expect(visits(x).find((v) => v.startsWith('Taufik Hidayat'))).toMatch(/chips/);
  });
});
