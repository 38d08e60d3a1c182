import type { OfferTexts } from './types.js';

const countries = {
  DE: 'Germany',
  AT: 'Austria',
  CH: 'Switzerland',
  SK: 'Slovakia',
  CZ: 'Czechia',
  PL: 'Poland',
  SI: 'Slovenia',
  HR: 'Croatia',
  HU: 'Hungary',
  MT: 'Malta',
  NL: 'the Netherlands',
  BE: 'Belgium',
  FR: 'France',
  IT: 'Italy',
  ES: 'Spain',
  IE: 'Ireland',
  GB: 'the United Kingdom',
  NO: 'Norway',
  SE: 'Sweden',
  RU: 'Russia',
  AZ: 'Azerbaijan',
  AE: 'the United Arab Emirates',
  RS: 'Serbia',
  other: 'another country',
} as const;

const inCountry = {
  DE: 'in Germany',
  AT: 'in Austria',
  CH: 'in Switzerland',
  SK: 'in Slovakia',
  CZ: 'in Czechia',
  PL: 'in Poland',
  SI: 'in Slovenia',
  HR: 'in Croatia',
  HU: 'in Hungary',
  MT: 'in Malta',
  NL: 'in the Netherlands',
  BE: 'in Belgium',
  FR: 'in France',
  IT: 'in Italy',
  ES: 'in Spain',
  IE: 'in Ireland',
  GB: 'in the United Kingdom',
  NO: 'in Norway',
  SE: 'in Sweden',
  RU: 'in Russia',
  AZ: 'in Azerbaijan',
  AE: 'in the United Arab Emirates',
  RS: 'in Serbia',
  other: 'in the destination country',
} as const;

export const en = {
  locale: 'en',
  indicators: {
    'recruitment-fee': {
      title: 'They want money from you to get the job',
      explanation:
        'A fair employer or agency does not charge you for a job: not for "registration", "placement", the visa, the permit, a "place on the list" or a deposit. The employer pays these costs. Asking you to pay first is the most common trick in fake job offers, and the money often becomes a debt that ties you to the job.',
      whatToDo:
        'Do not pay anything. Ask for every cost in writing with the company name and its registration number. Call the SOS hotline before you send any money.',
      questions: [
        'What exactly is this money for, and why is the employer not paying it?',
        'Can you send me the contract and an official invoice from the company before I pay anything?',
      ],
      verify: [
        'Check on the Ministry of Labour website that the agency is licensed for work abroad. Licensed agencies do not charge workers.',
      ],
    },
    'travel-cost-deducted': {
      title: 'Travel or visa paid now, taken from your pay later',
      explanation:
        '"We pay the ticket and the visa, you pay us back from your salary" sounds kind, but it means you arrive owing money. Debts like this can grow, and people are told they cannot leave until they have paid them off.',
      whatToDo:
        'Ask for the exact amount and how it will be paid back, in writing, in the contract. A fair employer pays travel and permit costs and does not take them from your wages.',
      questions: [
        'How much exactly will be taken from my pay, and over how many months?',
        'What happens if I want to leave before it is paid back?',
      ],
      verify: ['Make sure the contract shows the net pay after all deductions.'],
    },
    'documents-retained': {
      title: 'Someone wants to keep your passport',
      explanation:
        'Nobody may keep your passport or ID: not the employer, not the agency, not a driver, not "for the visa" or "for safekeeping". Without your passport you cannot leave, travel home or prove who you are. Taking documents is one of the clearest signs of forced labour.',
      whatToDo:
        'Never hand over your passport or ID card. For a visa you go to the embassy yourself. Give copies only when you know who gets them and why. If someone already has your passport, call the SOS hotline.',
      questions: ['Why do you need my original passport, and who will hold it?'],
      verify: ['Leave a copy of your passport and of the contract with someone you trust at home.'],
    },
    'permit-after-arrival': {
      title: 'Papers "sorted out" after you arrive, or travel as a tourist',
      explanation:
        'With a Serbian passport you may visit most of Europe without a visa, but you may not work. A work visa or permit is issued BEFORE you travel, usually at the embassy in Serbia. If you work on a tourist entry, you have no rights, you can be deported, and the employer has full power over you.',
      whatToDo:
        'Travel only when you hold a work visa or permit in your own hands. Ask which permit it is and check it on the official website of the destination country or at its embassy.',
      questions: [
        'Which work visa or permit will I have, and when will I receive it?',
        'Who applies for it, and can I see the approval before I travel?',
      ],
      verify: [
        'Check the rules for working in that country on its official website or at its embassy in Belgrade.',
      ],
    },
    'living-costs-deducted': {
      title: 'Housing, food or transport taken from your pay',
      explanation:
        'When the employer gives you a bed and food and takes the cost from your pay, you depend on them for both work and a roof. Without clear prices, deductions can eat most of your wages.',
      whatToDo:
        'Ask for the exact price per month of everything that will be deducted, and make sure it is in the contract. Ask whether you may live somewhere else.',
      questions: [
        'How much per month is deducted for housing, food and transport?',
        'How many people share a room, and can I find my own place?',
      ],
      verify: ['Work out what stays in your hand each month after all deductions.'],
    },
    'pay-too-good': {
      title: 'The pay is much higher than this work usually pays',
      explanation:
        'Offers that promise far more than the job pays in that country are a common lure. The high figure makes people stop asking questions. Often the real pay is much lower, or the money goes to "costs".',
      whatToDo:
        'Ask for the net monthly pay in writing and compare it with what the same job pays in that country. Ask what is deducted before you get the money.',
      questions: ['What is the net pay per month, after tax and all deductions, and is it in the contract?'],
      verify: [
        'Compare the pay with the usual pay for this job in that country, for example with the NGO hotline.',
      ],
    },
    'no-written-contract': {
      title: 'No written contract before you leave',
      explanation:
        'A promise on the phone, or "you will sign when you arrive", gives you no protection. Without a signed contract before you travel you cannot prove what was agreed about pay, hours or housing.',
      whatToDo:
        'Travel only with a signed contract that you have read and understood. Keep a copy at home. The NGO can check the contract for free before you sign.',
      questions: ['Can you send me the contract to read before I travel?'],
      verify: [
        'Make sure the contract names the employer, the workplace address, the job, the pay, the hours and the housing costs.',
      ],
    },
    'contract-foreign-language': {
      title: 'A contract you cannot read, or "just sign it"',
      explanation:
        'A contract only in a language you do not understand, or pressure to sign without reading, means you do not know what you are agreeing to. It can say something very different from what you were promised.',
      whatToDo:
        'Do not sign what you cannot read. Ask for a translation into your language, or have the NGO check the contract before you sign.',
      questions: ['Can I get the contract in Serbian, or with a translation, before I sign?'],
      verify: ['Compare the contract with the ad: employer, place, job, pay and hours must be the same.'],
    },
    'anonymous-recruiter': {
      title: 'You only know a first name and a phone number',
      explanation:
        'When the only contact is a first name, a "driver" or a "coordinator", a mobile number, Viber or a free e-mail address, nobody can be held responsible if things go wrong. Fake offers work exactly this way.',
      whatToDo:
        'Ask for the full name of the company, its address and registration number. Search the phone number and the e-mail online: the same number under different ads is a warning sign.',
      questions: ['What is your full name and which company do you work for?'],
      verify: [
        'Search the phone number and the e-mail address online and check whether they appear in other ads.',
      ],
    },
    'no-company-identity': {
      title: 'No company name, address or registration',
      explanation:
        'The offer does not say who the employer is. A real employer has a name, an address and a registration number that you can check. Without them you cannot know where you are going or who will pay you.',
      whatToDo:
        'Ask for the full company name, address and registration number, then check them in the official business register of that country.',
      questions: ['What is the exact name, address and registration number of the employer?'],
      verify: ["Check the company in the destination country's official business register."],
    },
    'urgency-pressure': {
      title: 'Pressure to decide fast',
      explanation:
        '"Leave tomorrow", "only three places left", "answer today": haste stops you from checking the offer. Honest employers give you time to read the contract and ask questions.',
      whatToDo:
        'Take your time. An offer that cannot wait a few days for your questions is not a good offer.',
      questions: ['Why does it have to be decided so quickly?'],
      verify: ['Take at least a few days to check the company and the contract before you decide.'],
    },
    'excessive-hours': {
      title: 'Very long days or no day off',
      explanation:
        'More than 10 hours a day, or work every day of the week without rest, is above what the law allows in most of Europe. It is also a common sign of exploitation, especially when overtime is not your choice.',
      whatToDo:
        'Ask for the hours per day and days per week in the contract, and how overtime is paid. You have the right to at least one day off a week.',
      questions: ['How many hours a day and days a week will I work, and is overtime voluntary and paid?'],
      verify: ['Check that the contract states the working hours and the weekly day off.'],
    },
    'cash-or-deferred-pay': {
      title: 'Pay in cash only, or only at the end',
      explanation:
        'Cash in hand usually means you are not registered, so you have no insurance and no proof of your work. Pay "at the end of the season" or "the first salary stays as a deposit" means you work without being paid, and leaving would mean losing everything.',
      whatToDo:
        'Ask for monthly pay into a bank account in your name, with a payslip. Do not accept wages being held back.',
      questions: ['Will I be paid every month into my own bank account, with a payslip?'],
      verify: ['Make sure the contract states the pay day and how you are paid.'],
    },
    'movement-restricted': {
      title: 'Limits on leaving, on your phone or on quitting',
      explanation:
        'Taking phones, allowing you out of the housing "only with permission", or threatening a fine if you leave early are ways of controlling people. You always have the right to leave your job and to contact your family.',
      whatToDo:
        'Do not accept these conditions. If this is already happening to you or someone you know, call the SOS hotline or the police.',
      questions: ['Can I leave the housing freely when I am not working, and keep my phone?'],
      verify: ['Agree on regular check-in times with your family before you travel.'],
    },
    'debt-bondage': {
      title: 'A debt you have to work off',
      explanation:
        'Advances, loans or costs that you must "work off" tie you to the employer. Such debts tend to grow with new costs and fines, and people stay because they feel they cannot leave until they have paid.',
      whatToDo:
        'Do not accept a job that starts with a debt to the employer or the recruiter. If you already owe money this way, call the SOS hotline.',
      questions: ['Will I owe you anything when I start, and how much?'],
      verify: ['Make sure the contract says you owe nothing to the employer or the agency.'],
    },
    'sexual-exploitation-lure': {
      title: 'Requirements about looks, age or gender, or "hostess" work abroad',
      explanation:
        'Ads for young women with "nice looks", photos of the whole body, or jobs as hostesses, dancers, models or escorts abroad are a well-known way of recruiting for sexual exploitation, even when the ad says "babysitter" or "waitress".',
      whatToDo:
        'Do not send photos and do not travel. Talk to the SOS hotline, confidentially, before you reply.',
      questions: ['What exactly is the job, where is the workplace, and why do looks matter?'],
      verify: ['Check the address of the workplace and the company, and ask the NGO whether they know it.'],
    },
    'job-switch': {
      title: 'A different job, employer or country than promised',
      explanation:
        'When the contract names another company, or you are told you will be "moved" to another firm or country, you may end up somewhere you never agreed to, and your permit may not be valid there.',
      whatToDo:
        'Make sure the employer, the workplace and the country in the contract are the same as in the offer. Do not accept being moved to another employer informally.',
      questions: ['Which company exactly will employ me, and in which city will I work?'],
      verify: ['Compare the employer in the contract with the one in the ad and with the permit.'],
    },
    'personal-account-payment': {
      title: 'Payment to a private account or through a money transfer',
      explanation:
        'Asking you to send money through Western Union, a card number, crypto or to "our coordinator" means nobody can trace or return the money. Real companies send an invoice with their company account.',
      whatToDo: 'Do not send money this way. Ask for the company details and talk to the SOS hotline.',
      questions: ['Why do I pay a private person instead of the company?'],
      verify: ['Check that any account you are asked to pay belongs to a registered company.'],
    },
    'documents-upfront': {
      title: 'Your documents or card details asked for too early',
      explanation:
        'A photo of your passport, your personal number or bank-card details sent over Viber before there is any contract can be misused: for loans, fake registrations or to pressure you later.',
      whatToDo:
        'Send copies of documents only to a company you have checked, and only when you know why they are needed. Never give card numbers, PINs or online-banking codes.',
      questions: ['Why do you need this now, before there is a contract?'],
      verify: ['Check the company before you send any personal data.'],
    },
    'undeclared-work': {
      title: 'Undeclared work: not registered, no insurance',
      explanation:
        'Work "off the books" means you have no health insurance, no pension, no protection if you are injured, and no proof that you worked. Abroad it can also mean you are there illegally.',
      whatToDo: 'Accept only registered work with a contract and social insurance.',
      questions: ['Will I be registered for health and social insurance from the first day?'],
      verify: ['Ask for proof of registration for insurance in the destination country.'],
    },
    'visa-guaranteed': {
      title: '"Visa guaranteed 100 %"',
      explanation:
        'Only the authorities of a country decide on a visa or a work permit. Nobody can guarantee one. Such promises are often used to take money for papers that never come.',
      whatToDo:
        'Ask which permit it is and who applies for it, and check the procedure on official websites.',
      questions: ['Who decides on the permit, and what happens to my money if it is refused?'],
      verify: ["Check the visa procedure on the destination country's embassy website."],
    },
    'temp-agency-germany': {
      title: 'Temporary agency work in Germany',
      explanation:
        'German law does not approve work permits for people from Serbia who would work through a temporary-work agency (Zeitarbeit, Leiharbeit). Such an offer cannot lead to a legal work permit.',
      whatToDo: 'Look for a job directly with the German employer who will actually employ you.',
      questions: ['Who exactly will employ me: the agency or the company where I will work?'],
      verify: [
        "Check the conditions of the Western Balkans regulation on the German Federal Employment Agency's website.",
      ],
    },
    'unlicensed-agency': {
      title: 'An intermediary without a licence',
      explanation:
        'In Serbia, anyone who finds jobs abroad for others needs a licence from the Ministry of Labour. An unlicensed intermediary answers to no one if something goes wrong.',
      whatToDo:
        'Use only licensed agencies or the National Employment Service. Ask for the licence number and check it.',
      questions: ['What is your licence number for employment abroad?'],
      verify: ["Check the agency on the Ministry of Labour's list of licensed agencies."],
    },
    'pay-below-minimum': {
      title: 'Pay below the legal minimum, or only by the kilo',
      explanation:
        'Pay below the minimum wage of that country, or pay only per kilo, crate or piece, often means long days for very little money. The minimum wage applies to you too.',
      whatToDo:
        'Ask for the hourly or monthly pay before tax and compare it with the minimum wage of that country.',
      questions: ['What is the pay per hour before tax, and how many hours will I be paid for?'],
      verify: ['Check the minimum wage of the destination country on an official website.'],
    },
    'vague-offer': {
      title: 'A vague offer',
      explanation:
        '"Various jobs", "pay by agreement", "details by phone": an offer without a clear job, place and pay can hide anything. This alone is common, but it leaves you without facts to check.',
      whatToDo: 'Ask for the exact job, workplace address, pay and hours in writing.',
      questions: ['What exactly will I do, where, and for what net pay?'],
      verify: ['Get the key facts in writing before you decide.'],
    },
    'evasive-answers': {
      title: '"You will find out when you arrive"',
      explanation:
        'When a recruiter avoids clear answers or says everything will be explained on arrival, you cannot check anything before you go, and once you are there it is too late to say no.',
      whatToDo: 'Do not travel until you have clear answers in writing.',
      questions: ['Can you put in writing what you are telling me now?'],
      verify: ['Do not travel until you have the answers in writing.'],
    },
    'no-experience-needed': {
      title: '"No experience or language needed"',
      explanation:
        'Many honest seasonal jobs do not need experience. Together with very high pay or other warning signs, it is also a way to attract people who cannot easily check the offer or ask for help abroad.',
      whatToDo: 'Ask how you will be trained and who will speak your language at work.',
      questions: ['Who will explain the work to me, and in which language?'],
      verify: ['Find out whether someone at the workplace speaks your language.'],
    },
    'disguised-employment': {
      title: '"Self-employed" or a service contract instead of a job',
      explanation:
        'If you must register as self-employed or sign a service contract for ordinary work, you lose the protection of an employee: minimum wage, paid leave, sick pay and insurance.',
      whatToDo:
        'Ask for an employment contract. If you are offered anything else, let the NGO check it first.',
      questions: ['Will I be an employee with an employment contract?'],
      verify: ['Have the NGO check what kind of contract it is.'],
    },
    'debt-relief-lure': {
      title: 'An offer aimed at your debts',
      explanation:
        '"Pay off your loans in three months" is aimed at people in trouble, who are less likely to ask questions. Exploiters look for people in exactly that situation.',
      whatToDo: 'Check the offer as carefully as any other, and talk to someone you trust before you decide.',
      questions: ['What exactly is the job and the net monthly pay?'],
      verify: ['Talk the offer over with someone you trust or with the SOS hotline.'],
    },
    'partner-recruiter': {
      title: 'A new partner or "friend" arranges everything',
      explanation:
        'When a boyfriend, girlfriend or new friend, often met online, offers to arrange and pay for the job and the trip, you depend on them completely. This is a known way of luring people into exploitation.',
      whatToDo:
        'Find out for yourself who the employer is and get the contract in your own name. Tell your family where you are going.',
      questions: ['What is the name and address of the employer, and can I talk to them myself?'],
      verify: ['Leave the address and the employer details with your family before you travel.'],
    },
  },
  categories: {
    'deceptive-recruitment': 'Deceptive recruitment',
    'fees-and-debt': 'Fees and debt',
    'documents-and-legal-status': 'Documents and legal status',
    'pay-and-deductions': 'Pay and deductions',
    'working-and-living-conditions': 'Working and living conditions',
    'coercion-and-control': 'Coercion and control',
    'employer-identity': 'Who the employer is',
    'sexual-exploitation': 'Sexual exploitation disguised as work',
  },
  strengths: { strong: 'Strong warning sign', medium: 'Warning sign', weak: 'Worth checking' },
  risk: {
    low: {
      title: 'No warning signs found',
      summary:
        'We found no warning signs in what you entered. That does not mean the offer is safe: check the points below before you say yes.',
    },
    medium: {
      title: 'Warning signs',
      summary:
        'This offer shows warning signs. Do not agree, pay or travel until you have clear answers and have checked the employer.',
    },
    high: {
      title: 'Serious warning signs',
      summary:
        'This offer shows serious signs of fraud or exploitation. Do not pay, do not hand over documents and do not travel. Talk to the SOS hotline first: the call is free and confidential.',
    },
  },
  similarity: {
    title: 'Worded like risky offers',
    summary:
      'We did not find a warning sign we know by name, but this offer is worded much like offers that turned out to be risky. Do not agree, pay or travel until you have clear answers and have checked the employer.',
    explanation:
      'The check compares the words of your offer with many offers we know. The words marked below are common in offers that led to fraud or exploitation. This is not proof that the offer is bad, and the comparison can be wrong, but it is a reason to ask more before you decide.',
    whatToDo:
      'Ask the questions below and get the answers in writing. If something stays unclear, or someone rushes you, call the SOS hotline before you decide.',
  },
  always: {
    questions: [
      'What is the full name and address of the employer, and where exactly will I work?',
      'What is the net pay per month, and what will be deducted?',
      'Who pays for travel, visa and housing?',
    ],
    verify: [
      'Sign a written contract before you leave, in a language you understand, and keep a copy at home.',
      'Never hand over your passport or ID card to anyone: not to the employer, the agency or a driver.',
      "Check the company in the destination country's business register and the agency on the Ministry of Labour's list of licensed agencies.",
      'Call the SOS hotline before you travel, it is free and confidential, and leave the employer’s address with someone you trust.',
    ],
  },
  gaps: {
    company: 'What is the full name, address and registration number of the company?',
    contract: 'Will I receive a written contract before I travel, in a language I understand?',
    pay: 'What is the net pay per month or per hour?',
    hours: 'How many hours a day and days a week will I work?',
    'housing-cost':
      'How much does housing cost per month, how many people share a room, and can I live elsewhere?',
    'travel-costs': 'Who pays for the ticket and the visa, and will anything be taken from my pay later?',
    permit: 'Which work visa or permit will I have, and will I get it before I travel?',
    licence: 'What is the licence number of the agency for employment abroad?',
  },
  details: {
    payTooGood:
      'The offer means about {amount} EUR net a month. For {job} {country} the usual net pay is about {low}–{high} EUR.',
    payBelowMinimum:
      'The offer pays about {amount} EUR an hour; the legal minimum {country} is {minimum} EUR an hour.',
    payBelowUsual:
      'The offer means at most about {amount} EUR a month; full-time {job} {country} usually pays at least {low} EUR net.',
    hoursPerDay: 'The offer mentions {hours} hours of work a day.',
    daysPerWeek: 'The offer means work {days} days a week, with no day off.',
    hoursPerWeek: 'The offer means about {hours} hours of work a week.',
    livingCostsUnpriced: 'The offer takes housing, food or transport from your pay without saying how much.',
  },
  countries,
  inCountry,
  jobTypes: { unskilled: 'work without special skills', skilled: 'skilled work', care: 'care work' },
  questionnaire: {
    destination: { label: 'Which country is the job in?', options: countries },
    job: {
      label: 'What kind of work is it?',
      options: {
        farm: 'Farm work, fruit or vegetable picking',
        'factory-warehouse': 'Factory, warehouse or packing',
        construction: 'Construction',
        'cleaning-hotel': 'Cleaning or hotel rooms',
        'hospitality-kitchen': 'Restaurant, bar or kitchen',
        care: 'Caring for elderly people or children',
        driver: 'Driver',
        'skilled-trade': 'Skilled trade (welder, electrician, mason…)',
        'entertainment-modelling': 'Hostess, dancer, model or "companion"',
        other: 'Something else',
      },
    },
    offeredBy: {
      label: 'Who offered you the job?',
      options: {
        'licensed-agency': 'An agency with a Ministry of Labour licence',
        'agency-no-licence': 'An agency without a licence, or one that will not show it',
        'agency-licence-unknown': "An agency, and I don't know about a licence",
        'employer-direct': 'The company itself',
        'individual-intermediary': 'A person: a "driver", "coordinator" or middleman',
        acquaintance: 'A friend, a relative or an acquaintance',
        partner: 'A boyfriend, girlfriend or new partner',
        'social-media-ad': 'An ad on a social network',
      },
    },
    companyKnown: {
      label: "Do you know the company's full name and address?",
      options: {
        'yes-checked': 'Yes, and I checked it',
        'yes-not-checked': "Yes, but I haven't checked it",
        no: 'No',
      },
    },
    contract: {
      label: 'Is there a written contract before you travel?',
      options: {
        'signed-before-travel': 'Yes, I will sign it before I travel',
        'promised-before-travel': "They promised one, but I haven't seen it",
        'on-arrival': 'I will sign it when I arrive',
        none: 'No, only a verbal agreement',
        'dont-know': "I don't know",
      },
    },
    contractLanguage: {
      label: 'Which language is the contract in?',
      options: {
        'my-language': 'In my language',
        'language-i-understand': 'In a language I understand well',
        'foreign-only': "Only in a language I don't understand",
        'not-seen': "I haven't seen it",
      },
    },
    sameEmployer: {
      label: 'Is the employer in the contract the same as in the offer?',
      options: { yes: 'Yes', different: 'No, it is a different company', 'dont-know': "I don't know" },
    },
    moneyAsked: {
      label: 'Has anyone asked you for money? For what?',
      hint: 'Choose everything that applies.',
      options: {
        nothing: 'No one asked for money',
        'agency-fee': 'Agency fee, registration or "place on the list"',
        'visa-permit': 'Visa or work permit',
        ticket: 'Ticket or transport',
        deposit: 'Deposit or guarantee',
        'training-medical': 'Training, course or medical check',
        other: 'Something else',
      },
    },
    paymentTo: {
      label: 'Where should the money go?',
      options: {
        'nothing-asked': 'No payment was asked for',
        'company-account': "To the company's account, with an invoice",
        'personal-account': "To a person's account or card",
        'money-transfer': 'Through Western Union, MoneyGram or crypto',
        'cash-to-person': 'In cash to a person',
      },
    },
    passport: {
      label: 'Who will keep your passport?',
      options: {
        'i-keep-it': 'I keep it',
        'they-keep-it': 'The employer, agency or driver wants to keep it',
        'copy-requested': 'They asked for a photo or copy before any contract',
        'dont-know': "I don't know",
      },
    },
    deductions: {
      label: 'What will be taken from your pay?',
      hint: 'Choose everything that applies.',
      options: {
        none: 'Nothing except tax and insurance',
        housing: 'Housing',
        food: 'Food',
        'local-transport': 'Transport to work',
        'travel-ticket': 'The ticket to get there',
        'visa-permit': 'The visa or permit',
        'tools-clothes': 'Tools or work clothes',
        'dont-know': "I don't know",
      },
    },
    permit: {
      label: 'Which visa or permit will you have?',
      options: {
        'work-visa-before': 'A work visa or permit, issued before I travel',
        'permit-on-arrival': 'They will arrange it after I arrive',
        'tourist-visa-free': 'I travel as a tourist or without a visa',
        'no-permit-needed': "I don't need one (EU citizen, temporary protection)",
        'dont-know': "I don't know",
      },
    },
    hoursPerDay: { label: 'How many hours a day will you work?', options: {} },
    daysPerWeek: { label: 'How many days a week?', options: {} },
    freeToLeave: {
      label: 'Can you leave the housing freely and keep your phone?',
      options: { yes: 'Yes', no: 'No', 'dont-know': "I don't know" },
    },
    pay: {
      label: 'How much pay were you offered?',
      hint: 'The amount as you were told it, with the currency.',
      options: { hour: 'per hour', day: 'per day', week: 'per week', month: 'per month' },
    },
    payTiming: {
      label: 'How and when will you be paid?',
      options: {
        'monthly-to-account': 'Every month, into my bank account',
        cash: 'In cash',
        'end-of-season': 'At the end of the season or contract',
        'through-recruiter': 'Through the recruiter or driver',
        'dont-know': "I don't know",
      },
    },
    pressure: {
      label: 'Are you being pushed to decide or leave quickly?',
      options: { yes: 'Yes', no: 'No' },
    },
  },
} as const satisfies OfferTexts;
