import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

describe('people and organisations in English', () => {
  it.each([
    ['title before a known name', 'OpenAI CEO Sam Altman met investors.', ['Sam Altman'], ['OpenAI']],
    ['a hyphened family name opening a sentence before an age', 'Mariam Al-Sayegh runs technology investments. Al-Sayegh, 41, is managing director.', ['Mariam Al-Sayegh'], []],
    ['a name whose last word speaks alone elsewhere', 'On a humid Tuesday, Mireille Tan-Oduya walked the length of an empty hall. Getting there, Tan-Oduya says, was hard.', ['Mireille Tan-Oduya'], []],
    ['a six-letter romanised syllable after the hyphen, a data-center is no name', 'Park Do-kyeong, managing partner of Seorae Crest Ventures, was in San Jose. Data-center builders waited.', ['Park Do-kyeong'], ['Seorae Crest Ventures']],
    ['unknown person by apposition', 'Kim Do-hyun, the ministry\'s director of AI policy, said the plan was ready.', ['Kim Do-hyun'], []],
    ['unknown company by suffix', 'Mirae Compute Corp. will build the site.', [], ['Mirae Compute Corp.']],
    ['closing words of a firm\'s name: Silicon, Data, Works, Forum', 'He flies to Tokyo for talks with Kiriyama Silicon. Ng Wei Jie, chief executive of Straitsgate Data, met Setouchi Memory Works at a roundtable the Straits Compute Forum convened.', ['Ng Wei Jie'], ['Kiriyama Silicon', 'Setouchi Memory Works', 'Straits Compute Forum', 'Straitsgate Data']],
    ['French names with an elided article, "of AI Research", and a clause after ", and I"', "We signed an agreement with the Institut Boreal d'Apprentissage, and I spent an afternoon there. The Institut Lumiere pour l'Energie and the Daedeok Institute of AI Research joined.", [], ["Daedeok Institute of AI Research", "Institut Boreal d'Apprentissage", "Institut Lumiere pour l'Energie"]],
    ['a legal form spelled with periods or the Nordic "AS" is the same firm without it', 'Vistula Compute S.A. and Nordvann Energi AS signed. Vistula Compute will build it; Nordvann Energi will power it.', [], ['Nordvann Energi AS', 'Vistula Compute S.A.']],
    ['a convention center is a venue, not an organisation', 'From the palace, Nadella went straight to the Jakarta Convention Center to address developers.', ['Nadella'], []],
    ['unknown company by cue noun', 'The deal went to Norwegian startup Fjordlight, which runs hydro sites.', [], ['Fjordlight']],
    ['org before a title, person after', 'Fjordlight chief executive Ingrid Solberg said the site was chosen.', ['Ingrid Solberg'], ['Fjordlight']],
    ['photo credit is an organisation', 'Servers in a rack. Photo: Kyodo', [], ['Kyodo']],
    ['a known org extended by a suffix', 'Samsung Heavy Industries will study floating data centers.', [], ['Samsung Heavy Industries']],
    ['possessive org before a person', "Nvidia's Jensen Huang spoke first.", ['Jensen Huang'], ['Nvidia']],
    ['given name drives the person reading', 'Later, Larry Okafor told reporters the talks went well.', ['Larry Okafor'], []],
    ['a legal form after a comma', 'Orbis Data, Inc. broke ground on Wednesday.', [], ['Orbis Data, Inc.']],
    ['an institution named like a product', 'Figures from the Central Statistics Office show it.', [], ['Central Statistics Office']],
    ['the firm analysts work at', 'Analysts at Bernstein expect growth.', [], ['Bernstein']],
    ['a peer\'s honorific', 'Science minister Lord Patrick Vallance spoke.', ['Patrick Vallance'], []],
    ['provinces are places', 'Projects in the northern provinces of Bac Giang and Quang Ninh are growing.', [], []],
    ['a short given name with its period', 'The talks were led by Trade Undersecretary Ma. Luisa Dimaculangan, who travelled with the president.', ['Ma. Luisa Dimaculangan'], []],
    ['a government body named without the demonym before it', 'The deal was struck between the Philippine Department of Trade and Industry and Hanbit Semitech Corp.', [], ['Department of Trade and Industry', 'Hanbit Semitech Corp.']],
    ['a grid operator named after a cue noun', 'Ana Ruiz, head of planning at the Chilean grid coordinator Red Austral, spoke first.', ['Ana Ruiz'], ['Red Austral']],
    ['a city opening a new body\'s name', 'Dina Sultanova, chief executive of the state-backed Almaty Compute Cluster, said talks went on.', ['Dina Sultanova'], ['Almaty Compute Cluster']],
    ['a page label inside an institution\'s name', 'Timur Bekov, an economist at the Institute for Policy Analysis, disagreed.', ['Timur Bekov'], ['Institute for Policy Analysis']],
    ['the company a business title is of, behind its home city', 'Claire Dumont, chief executive of Paris-based Lumen Atlantique, spoke by video.', ['Claire Dumont'], ['Lumen Atlantique']],
    ['a home city before a cue noun is no company', 'Hollis Varga, chief executive of Austin-based server maker Corvane Systems LLC, met buyers.', ['Hollis Varga'], ['Corvane Systems LLC']],
    ['a ministry whose name lists its portfolios', "Kenya's Ministry of Information, Communications and the Digital Economy said it would publish rules.", [], ['Ministry of Information, Communications and the Digital Economy']],
    ['a titled person whose surname a known firm bears', 'Enterprise Minister Siobhán Kearney flew to Riyadh in May. Kearney is due in Tokyo in December.', ['Siobhán Kearney'], []],
    ['a country\'s office named with "the" before it, a firm ending in an industry word', 'She also called on the Emirates Data Office, the federal regulator. She is scheduled to meet executives of Hanul Precision on Monday.', [], ['Emirates Data Office', 'Hanul Precision']],
    ['two legal forms, then a new sentence the splitter kept', 'They met Straits Hyperscale Pte. Ltd. and Shinwa Materials Corp. Talks focused on supply.', [], ['Shinwa Materials Corp.', 'Straits Hyperscale Pte. Ltd.']],
    ['unknown name words before a verb only people do, the surname used alone later; a firm keeps its whole name', 'Zorawar Khandelwal met investors in Riyadh. Meridian Nexus met them too. Khandelwal called the talks frank.', ['Zorawar Khandelwal'], []],
    ['a founder whose verb is hyphenated (co-founded), the surname used alone later', 'Tamsin Whitlock co-founded Southern Cross Compute in Sydney. Whitlock spoke to reporters.', ['Tamsin Whitlock'], ['Southern Cross Compute']],
    ['a titled person before "and" and a firm with a legal form', 'She is joined by Tanjung Microsystems Bhd group managing director Lim Wei Sheng and Sempadan Data Parks Sdn Bhd chief executive Harith Zulkifli.', ['Harith Zulkifli', 'Lim Wei Sheng'], ['Sempadan Data Parks Sdn Bhd', 'Tanjung Microsystems Bhd']],
    ['institutions named in Spanish and Portuguese', 'Ximena Cuautle, rector of the Universidad Tecnológica del Bajío Norte, met the Instituto Tecnológico do Triângulo.', ['Ximena Cuautle'], ['Instituto Tecnológico do Triângulo', 'Universidad Tecnológica del Bajío Norte']],
    ['a title, "of" and its field, then the holder; a firm\'s legal form is no country', 'The delegation was led by Head of Digital Infrastructure Layla Al-Saadi and Vice President of Sales Tomoko Arai of Nordavind Datasenter AS.', ['Layla Al-Saadi', 'Tomoko Arai'], ['Nordavind Datasenter AS']],
    ['a numbered station named for a place is no person', 'Kanokwan Srisawat toured the switchyard of the Nam Louang 2 hydropower station.', ['Kanokwan Srisawat'], []],
    ['an investor in apposition, after an article and a base, "whose firm" …', 'Yerlan Abdikarimov, an Almaty-based investor whose firm has co-invested with the fund, flew in.', ['Yerlan Abdikarimov'], []],
    ['a dotted honorific announces a person', 'The forum heard Mr. Eze Obi and Ms. Ngozi Ade on cooling.', ['Eze Obi', 'Ngozi Ade'], []],
    ['"GPU designer" and "start-up" before a firm, "chip designer" before a given name a person', 'Julian Moreau, chief executive of GPU designer Veritas Lumen, met Tomas Lind, founder of the fabless start-up Nordvik Chips. Indian chip designer Arjun Mehra joined them.', ['Arjun Mehra', 'Julian Moreau', 'Tomas Lind'], ['Nordvik Chips', 'Veritas Lumen']],
    ['a regulator whose name joins two fields by "and" where a sentence or a field\'s value starts', 'Competition and Markets Authority officials met on Friday.\nRegulator: Energy and Utilities Commission (EUC), Ruritania\nFiling: redacted notice', [], ['Competition and Markets Authority', 'Energy and Utilities Commission']],
  ])('%s', (_name, text, people, orgs) => {
    const x = run(text, 'en');
    expect(names(x, 'Person')).toEqual([...people].sort());
    expect(names(x, 'Organization')).toEqual([...orgs].sort());
  });

  it.each([
    ['sentence-initial adverb', 'Meanwhile, prices rose across the region.'],
    ['sentence-initial noun', 'Electricity prices now weigh on site selection.'],
    ['product names', 'Samsung and SK plan to roll out ChatGPT Enterprise and buy Blackwell systems.'],
    ['weekday after a known name', 'G42 on Thursday announced a new cluster.'],
    ['a program named after a company', 'It is the first milestone of OpenAI for Countries, the company\'s new effort.'],
    ['venue and palace names', 'The meeting took place at Qasr Al Watan during the visit.'],
  ])('no person or unknown organisation: %s', (_name, text) => {
    const x = run(text, 'en');
    expect(names(x, 'Person')).toEqual([]);
    const known = ['organization:samsung-electronics', 'organization:sk-group', 'organization:openai', 'organization:g42', 'organization:nvidia'];
    expect(x.entities.filter((e) => e.type === 'Organization' && !known.includes(e.id)).map((e) => e.name)).toEqual([]);
  });

  it('lists the publisher as an organisation only where the page names it', () => {
    const text = 'Sam Altman met investors in Seoul.';
    expect(names(run(text, 'en', { source: 'Harbour Ledger', publisherOnPage: true }), 'Organization')).toEqual(['Harbour Ledger']);
    expect(names(run(text, 'en', { source: 'Harbour Ledger', publisherOnPage: false }), 'Organization')).toEqual([]);
  });

  it('resolves a surname and a title to the full name in the same article', () => {
    const x = run('Jensen Huang met President Lee Jae-myung in Seoul. Huang praised Korean memory. President Lee thanked him.', 'en');
    const huang = x.entities.find((e) => e.name === 'Jensen Huang');
    const lee = x.entities.find((e) => e.name === 'Lee Jae-myung');
    expect(huang?.mentions).toBe(2);
    expect(lee?.mentions).toBe(2);
    expect(names(x, 'Person')).toEqual(['Jensen Huang', 'Lee Jae-myung']);
  });
});

describe('people and organisations in Indonesian', () => {
  it.each([
    ['title, organisation, person', 'CEO Nordlys Energi Ingrid Solberg menyebut lokasi itu ideal.', ['Ingrid Solberg'], ['Nordlys Energi']],
    ['a firm between a business title and its holder; a cue noun closed by "tersebut" points back', 'Delegasi diterima Presiden Direktur Tamsui Microfab, Kuo Pei-ling, di Hsinchu. Penjelasan diberikan oleh Wakil Presiden Riset perusahaan tersebut, Jeon Hae-rim.', ['Jeon Hae-rim', 'Kuo Pei-ling'], ['Tamsui Microfab']],
    ['minister with a portfolio', 'Menteri Perindustrian Agus Gumiwang Kartasasmita hadir di acara itu.', ['Agus Gumiwang Kartasasmita'], []],
    ['where a firm is from is no part of its name; a minister\'s short title', 'CEO perusahaan asal Jepang Amagi Digital Infrastructure, Hiroshi Tanabe, hadir. "Kami siap," kata Wamenkomdigi Yudha Pranata.', ['Hiroshi Tanabe', 'Yudha Pranata'], ['Amagi Digital Infrastructure']],
    ['a closing word that opens a firm\'s name ("Bank") closes nothing; "Dana Abadi" opens a fund\'s name', 'Direktur Utama Bank Nusantara Jaya, Budi Kusuma, hadir. Dana Abadi Teknologi Nusantara ikut mendanai proyek itu.', ['Budi Kusuma'], ['Bank Nusantara Jaya', 'Dana Abadi Teknologi Nusantara']],
    ['a firm with its short form in brackets between a business title and its holder', 'Presiden Direktur Tamsui Microfab (TMF), Kuo Pei-ling, akan memimpin rombongan.', ['Kuo Pei-ling'], ['Tamsui Microfab']],
    ['a fund whose prefix opens on a given name (Dana), between a title and its holder', 'Kepala Eksekutif Dana Abadi Teknologi Nusantara (DATN), Yudhistira Kusuma, akan memimpin rombongan.', ['Yudhistira Kusuma'], ['Dana Abadi Teknologi Nusantara']],
    ['a closing word inside a longer name does not split off its head', 'Ketua Asosiasi Data Center Nusantara, Jonas Whitfield, menyambut baik rencana tersebut.', ['Jonas Whitfield'], ['Asosiasi Data Center Nusantara']],
    ['a city opening a fund\'s name that ends in "Investment"', 'Teguh menandatangani perjanjian dengan Doha Horizon Investment, dana investasi yang dipimpin Yousef Al-Muhannadi.', ['Yousef Al-Muhannadi'], ['Doha Horizon Investment']],
    ['a one-word firm that is also a given name, then its holder between commas', 'Pendiri sekaligus CEO Kirana, Dimas Aryaputra, menandatangani perjanjian itu di Dubai.', ['Dimas Aryaputra'], ['Kirana']],
    ['an opening adverb or ordinal before a comma is no name', 'Rencananya, BP Batam akan berpromosi ke Jepang. Pertama, Kementerian Komunikasi dan Digital perlu menyiapkan beasiswa.', [], ['BP Batam', 'Kementerian Komunikasi dan Digital']],
    ['a ministry whose portfolios go on past a shorter known name', 'Rencana kunjungan pejabat Kementerian Investasi, Perdagangan dan Industri Malaysia, Wan Azlina Mokhtar, dibatalkan.', ['Wan Azlina Mokhtar'], ['Kementerian Investasi, Perdagangan dan Industri']],
    ['a director general\'s portfolio is no organisation', 'Direktur Jenderal Ekosistem Digital Farida Nurhasanah mengatakan aturan itu akan rampung.', ['Farida Nurhasanah'], []],
    ['PT … Tbk company', 'PT Sinar Data Nusantara Tbk membangun pusat data di Batam.', [], ['PT Sinar Data Nusantara Tbk']],
    ['cue noun with origin', 'Investasi itu mengalir ke startup asal Jepang, Sakura Compute.', [], ['Sakura Compute']],
    ['speech verb after the name', '"Kami siap," kata Budi Santoso kepada wartawan.', ['Budi Santoso'], []],
    ['photo credit', 'Rak server di Batam. Sumber: Antara', [], ['Antara']],
    ['title, company closed by Tbk, its head', 'Rombongan disambut Direktur Utama PT Sinar Data Nusantara Tbk Rudy Hartono.', ['Rudy Hartono'], ['PT Sinar Data Nusantara Tbk']],
    ['title, office closed by a province, its head', 'Hadir pula Kepala Dinas Penanaman Modal Kepulauan Riau Hasan Basri.', ['Hasan Basri'], ['Dinas Penanaman Modal Kepulauan Riau']],
    ['research centre cue far from the name', 'Ia mengunjungi kantor Mistral AI serta pusat riset Inria di Saclay guna menjajaki riset bersama.', [], ['Inria', 'Mistral AI']],
    ['given names before a name the gazetteer knows for someone else', 'Adapun wamen lainnya, Angga Raka Prabowo, tetap berada di Jakarta.', ['Angga Raka Prabowo'], []],
    ['a woman\'s honorific after a comma', 'Rombongan disambut Kepala Dinas Penanaman Modal, Ibu Rahmawati Siregar, di lokasi.', ['Rahmawati Siregar'], ['Dinas Penanaman Modal']],
    ['a cue noun that names people too', 'Ia didampingi investor asal Singapura, Marcus Tan, yang berminat menjadi pemodal.', ['Marcus Tan'], []],
    ['a cue noun with modifiers before the name', 'Hendra bertemu produsen modul memori Formosa Memtek untuk merundingkan kontrak.', [], ['Formosa Memtek']],
    ['a unit before its ministry is part of a job title', 'Kepala Biro Hubungan Masyarakat Kementerian Komunikasi dan Digital, Farid Wahyudi, mengatakan hal itu.', ['Farid Wahyudi'], ['Kementerian Komunikasi dan Digital']],
    ['an honorific before a title, a currency', '"Bapak Presiden ingin dana senilai US$5 miliar itu cair," ujar Rosan Roeslani.', ['Rosan Roeslani'], []],
    ['an office in an area, then the holder behind her honorific', 'Kepala DPMPTSP Kabupaten Batang, Hj. Retno Sulistyaningsih, S.E., menjelaskan jadwalnya.', ['Retno Sulistyaningsih'], []],
    ['a long short form in brackets, then the province', 'Ia didampingi Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Sulsel, Hj. Nur Aisyah, S.E.', ['Nur Aisyah'], ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Sulsel']],
    ['a regency government opening a sentence', 'Pemerintah Kabupaten (Pemkab) Sumbawa Barat meminta tenaga kerja lokal diutamakan.', [], ['Pemerintah Kabupaten Sumbawa Barat']],
    ['a campus city after a university\'s short form', 'Rektor Universitas Teknik Pandanaran (Untara) Semarang, Prof. Dr. Baskoro Adi, berangkat.', ['Baskoro Adi'], ['Universitas Teknik Pandanaran']],
    ['a title in apposition to a person names that person\'s company', 'Rombongan dipimpin Lim Wei Jie, Direktur Utama Merlion Edge Data, dan Datuk Kamal Hisham.', ['Kamal Hisham', 'Lim Wei Jie'], ['Merlion Edge Data']],
    ['a Malay name opened by a royal title, after an office and its province', 'Gubernur Kepulauan Riau Raja Azhar Hamidi menerima rombongan investor.', ['Raja Azhar Hamidi'], []],
    ['a company between commas closed by an industry word, then its head', 'CEO perusahaan asal Jepang, Kaminari Cloud, Takahiro Mizushima bertandang ke Jakarta.', ['Takahiro Mizushima'], ['Kaminari Cloud']],
    ['a one-word name between commas after an office\'s field, not an item of a listed field', 'Deputi Bidang Promosi Penanaman Modal, Nurhadi, yang memantau dari Jakarta, berkomentar. Ia didampingi Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika (ILMATE) Ir. Sri Handayani.', ['Nurhadi', 'Sri Handayani'], []],
    ['a regional head after the area, known or not', 'Bupati Kendal Dyah Kartika Sari memimpin rombongan. Bupati Sumbawa Barat Amar Makruf hadir.', ['Amar Makruf', 'Dyah Kartika Sari'], []],
    ['two plain words after a title are one name; a credit word inside an office\'s name', 'Direktur Utama Hendrawan Setiadi bertolak ke Nairobi. Kepala Dinas Energi dan Sumber Daya Mineral Sulawesi Utara, Frangky Lumowa, berkomentar.', ['Frangky Lumowa', 'Hendrawan Setiadi'], ['Dinas Energi dan Sumber Daya Mineral Sulawesi Utara']],
    ['one-word names an age or a kin word marks as people', 'Salah satunya Rahmat, 33 tahun, insinyur asal Makassar. Istrinya, Nurul, guru sekolah dasar, memintanya pulang.', ['Nurul', 'Rahmat'], []],
    ['an office, the body\'s acronym, then the holder', 'Direktur Keuangan SADA Dewi Anggraini Lubis bertolak ke Singapura. Ia didampingi Deputi Bidang Investasi Digital BPIK Larasati Pranoto. Dua petinggi PT Celebes Panas Bumi Digital berpencar.', ['Dewi Anggraini Lubis', 'Larasati Pranoto'], ['BPIK', 'PT Celebes Panas Bumi Digital', 'SADA']],
    ['a company opened by PT, then its head from the first given name', 'Ia didampingi Direktur Utama PT Nusantara Komputasi Andalan Bagas Pradipta Wicaksono. Direktur Utama PT Sinar Digdaya Nusantara Tbk Yohanes Kurniawan Santoso hadir.', ['Bagas Pradipta Wicaksono', 'Yohanes Kurniawan Santoso'], ['PT Nusantara Komputasi Andalan', 'PT Sinar Digdaya Nusantara Tbk']],
    ['an office\'s area after its short form is no name', 'Kepala Dinas Penanaman Modal (DPMPTSP) Kabupaten Sumbawa Barat, Ir. Hj. Nurul Aini Syamsuddin, M.Si., tetap berangkat.', ['Nurul Aini Syamsuddin'], ['Dinas Penanaman Modal Kabupaten Sumbawa Barat']],
    ['a one-word given name after an office and its acronym; a colleague in apposition', 'Yohanes didampingi Direktur Keuangan SDNU Hendrawan. Ia mendirikan perusahaan itu bersama Sutanto, rekannya semasa kuliah.', ['Hendrawan', 'Sutanto'], ['SDNU']],
    ['a foreign ministry named with its country after it; a securities house', 'Ratna bertemu pejabat Kementerian Energi dan Sumber Daya Alam Jepang. Analis Samudra Sekuritas Indonesia menilai rencana itu realistis.', [], ['Kementerian Energi dan Sumber Daya Alam', 'Samudra Sekuritas Indonesia']],
    ['a one-word name between an office and its degrees; a fund ending in Ventura', 'Dosen teknik elektro, Sutarmi, S.T., M.Eng., yang ikut dalam rombongan, mengatakan hal itu. Perusahaan itu mendapat pendanaan dari Dana Garuda Ventura.', ['Sutarmi'], ['Dana Garuda Ventura']],
    ['a common phrase that opens with a known firm\'s name', 'Ia didampingi Direktur Tata Kelola Pusat Data, Ratna Kusumawardhani, S.T., M.T. Tata Electronics membangun pabrik.', ['Ratna Kusumawardhani'], ['Tata Electronics']],
    ['unknown name words before a verb only people do, the surname used alone later', 'Wirawan Tjahjadi bertemu investor di Riyadh. Menurut Tjahjadi, minat investor besar.', ['Wirawan Tjahjadi'], []],
    ['a Balinese name opened by "I" after an office and its field word', 'Yohanes didampingi Direktur Teknik I Gusti Ayu Made Sriasih, S.T., M.Sc. di Kuching.', ['I Gusti Ayu Made Sriasih'], []],
    ['an organisation\'s short form in brackets stays the organisation after a word for its staff', 'Rektor Universitas Kepulauan Rempah (Unkira), Prof. Dr. Johanis Leiwakabessy, kembali ke Ambon. Selama ini peneliti Unkira harus mengantre.', ['Johanis Leiwakabessy'], ['Universitas Kepulauan Rempah']],
    ['a known name inside a longer one the article gives', 'Ia meninjau lini produksi Hana Micron di Asan. Ia menyambangi fasilitas Hana Micron Inc. di Asan.', [], ['Hana Micron Inc.']],
    ['a regional head after the province and its short form in brackets', 'Gubernur Kalimantan Utara (Kaltara) Yusran Malik melakukan kunjungan kerja ke Norwegia.', ['Yusran Malik'], []],
    ['an unknown firm and its head after a title, split where the given name speaks alone later', 'Mitra mereka di Sri Lanka, CEO Lanka Cloudworks Chaminda Perera, membenarkan pertemuan itu. "Kami menyambut rencana mereka," kata Chaminda.', ['Chaminda Perera'], ['Lanka Cloudworks']],
    ['a firm holding a known place, between a title and its holder after the comma', 'Ia didampingi Direktur Utama PT Kepri Energi Mandiri, Bambang Hermawan.', ['Bambang Hermawan'], ['PT Kepri Energi Mandiri']],
    ['a name shaped like a person\'s right after "di" is a place the gazetteer lacks', 'Ia ditemui di Bandar Seri Bentan, Rabu, bersama Agus Wibisono.', ['Agus Wibisono'], []],
    ['a fact box\'s lines are read for names; the office\'s field before the body\'s short form is no name; a remark in brackets is no short form', 'Siapa: Ferdinand Hutapea, Wakil Kepala Badan Otorita Chip Nasional (BOCN)\nPendamping: Sekar Ayu Lestari, Direktur Riset BOCN (hanya ikut ke Hsinchu)\nStatus: rencana', ['Ferdinand Hutapea', 'Sekar Ayu Lestari'], ['Badan Otorita Chip Nasional']],
    ['a firm named without its legal form after a title is the firm, not a person', 'Kepala eksekutif Corvid Lattice Inc., Gideon Ashcombe, tiba di Jakarta. Juru bicara Corvid Lattice, Rebecca Thornquist, tidak membantah. Sumber lain menyebut kepala Corvid Lattice untuk kawasan Asia, Kenneth Loh, sudah berada di Jakarta.', ['Gideon Ashcombe', 'Kenneth Loh', 'Rebecca Thornquist'], ['Corvid Lattice Inc.']],
  ])('%s', (_name, text, people, orgs) => {
    const x = run(text, 'id');
    expect(names(x, 'Person')).toEqual([...people].sort());
    expect(names(x, 'Organization')).toEqual([...orgs].sort());
  });

  it.each([
    ['Selain at the start', 'Selain pendanaan, pembahasan mencakup pusat data.'],
    ['Pemerintah at the start', 'Pemerintah dan dana investasi negara menunjukkan minat.'],
    ['title-cased heading', 'Peluang Investasi di Timur Tengah'],
    ['capital city phrase', 'Lokasinya di Ibu Kota Nusantara (IKN) di Kalimantan Timur.'],
    ['ministry portfolio alone', 'Menteri Komunikasi dan Informatika hadir.'],
    ['a country\'s government opening a sentence', 'Pemerintah Jepang menyambut rencana itu.'],
    ['a tag line alone is a heading, not a fact box', 'Rencana itu diumumkan kemarin.\n\nTag: Wawancara, Pusat Data, Hanbit, Daya'],
  ])('no person or organisation: %s', (_name, text) => {
    const x = run(text, 'id');
    expect(names(x, 'Person')).toEqual([]);
    expect(names(x, 'Organization')).toEqual([]);
  });
});

describe('places', () => {
  it.each([
    ['English names, demonyms and cities', 'Dutch rules and South Korean firms met in Seoul and Abu Dhabi.', 'en', ['AE', 'KR', 'NL']],
    ['Indonesian names and press short forms', 'Pejabat Korsel, UEA dan AS bertemu di Jepang.', 'id', ['AE', 'JP', 'KR', 'US']],
    ['Taiwan is TW', 'Altman flew to Taiwan.', 'en', ['TW']],
    ['US only in capitals', 'Let us talk about the US plan.', 'en', ['US']],
    ['a state or province names its country', 'Work began in West Lafayette, Indiana, and in Hefei, Anhui; Kedah and Jeolla Selatan came next.', 'en', ['CN', 'KR', 'MY', 'US']],
    ['a place that is also a common word only where it is one', 'Goa Jatijajar ramai. Perak menjadi logam mahal.', 'id', []],
    ['a father\'s name that spells a country is part of a name', 'Pangeran Faisal bin Turki bertemu Samsung di Seoul, lalu terbang ke Turki.', 'id', ['KR', 'TR']],
  ])('%s', (_name, text, lang, codes) => {
    expect(names(run(text, lang as 'en' | 'id'), 'Country')).toEqual(codes);
  });

  it('reads a word that is also a place name as the place only where the text says so', () => {
    const dams = run('Sarawak Energy operates the Bakun, Murum and Batang Ai dams.', 'en');
    expect(dams.entities.filter((e) => e.type === 'City').map((e) => e.name)).not.toContain('Batang');
    const regency = run('BATANG — Bupati Batang menerima investor dari Jepang di Batang, Senin.', 'id');
    expect(regency.entities.find((e) => e.type === 'Country' && e.code === 'ID')).toBeDefined();
  });

  it('reports the tracked regions only, and none inside an organisation name', () => {
    const x = run('Leaders met at the Asia-Pacific Economic Cooperation summit; hydropower in the Nordic countries and gas in the Gulf are cheap, and Southeast Asia wants data centers.', 'en');
    expect(names(x, 'Region').sort()).toEqual(['Gulf', 'Southeast Asia']);
  });
});
