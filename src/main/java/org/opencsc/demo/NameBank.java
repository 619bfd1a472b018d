package org.opencsc.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Names as a council in England meets them, including accents that search must forgive. */
final class NameBank {

    static final List<String> GIRLS = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
            "Grace", "Freya", "Willow", "Emily", "Ella", "Poppy", "Evie", "Chloé", "Zoë", "Aoife", "Siân", "Renée", "Maja", "Zuzanna",
            "Amara", "Chioma", "Aisha", "Fatima", "Maryam", "Zainab", "Hafsa", "Priya", "Ananya", "Leah", "Ruby", "Jessica", "Megan",
            "Courtney", "Demi", "Tia", "Shanice", "Kayla", "Nevaeh", "Skye", "Lacey", "Paige", "Holly", "Niamh", "Orla", "Elif", "Zeynep",
            "Yasmin", "Hana", "Mei", "Lucía", "Inès", "Anaïs", "Beatriz", "Oliwia", "Daria");
    static final List<String> BOYS = List.of("Noah", "Oliver", "George", "Leo", "Arthur", "Muhammad", "Harry", "Oscar", "Jack", "Charlie",
            "Theo", "Freddie", "Alfie", "Archie", "Finley", "Tommy", "Riley", "Kai", "Mason", "Tyler", "Jayden", "Callum", "Connor",
            "Ryan", "Kyle", "Liam", "Seán", "Ciarán", "Łukasz", "Jakub", "Kacper", "Mateusz", "José", "Andrés", "Rafael", "Chidi",
            "Emeka", "Tobi", "Kwame", "Kofi", "Ibrahim", "Yusuf", "Omar", "Hamza", "Bilal", "Aarav", "Rohan", "Arjun", "Dev", "Kian",
            "Reece", "Dylan", "Lewis", "Jamal", "Tyrone", "Malachi", "Emre", "Mehmet", "Ali", "Björn");
    static final List<String> WOMEN = List.of("Sarah", "Emma", "Laura", "Gemma", "Kelly", "Stacey", "Danielle", "Jade", "Leanne", "Kirsty",
            "Natalie", "Samantha", "Claire", "Nicola", "Rebecca", "Amy", "Lauren", "Chantelle", "Shauna", "Siobhan", "Agnieszka",
            "Magdalena", "Ngozi", "Funmi", "Nadia", "Shabana", "Rukhsana", "Sunita", "Marcia", "Tanya", "Joanne", "Zoë", "Hélène");
    static final List<String> MEN = List.of("David", "Daniel", "James", "Mark", "Paul", "Lee", "Craig", "Wayne", "Darren", "Jamie", "Ryan",
            "Scott", "Dean", "Ashley", "Michael", "Stephen", "Piotr", "Tomasz", "Chinedu", "Femi", "Imran", "Tariq", "Asif", "Rajesh",
            "Delroy", "Winston", "Patrick", "Declan", "Kevin", "Gary", "Stuart", "Andrés", "Ömer");
    static final List<String> FAMILY = List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
            "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis",
            "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
            "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price",
            "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw",
            "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum",
            "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
            "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher",
            "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "O'Brien", "O'Connor", "McCarthy", "Doherty", "Nowak", "Kowalski",
            "Wiśniewski", "Lewandowski", "Okafor", "Adeyemi", "Okonkwo", "Mensah", "Boateng", "Ahmed", "Rahman", "Iqbal", "Akhtar",
            "Chowdhury", "Sharma", "Gupta", "Kaur", "Yılmaz", "Demir", "Öztürk", "Müller", "García", "Fernández", "Rodríguez",
            "Nguyen", "Chen", "Wang", "Da Silva", "Santos", "Popescu", "Ionescu", "Horvath", "Brennan", "Hartley-Jones", "Lindqvist");
    static final List<String> STREETS = List.of("Mill Lane", "Station Road", "Church Street", "Victoria Road", "Park Avenue",
            "The Crescent", "Elm Row", "Oak Close", "Meadow Way", "High Street", "Queens Road", "Kings Drive", "Brook Street",
            "Manor Road", "Orchard Close", "Willow Walk", "Chapel Lane", "Springfield Road", "Grange Road", "Beech Court");
    static final List<String> TOWNS = List.of("Northwold", "Northwold", "Northwold", "Eastmere", "Southby", "Westholme");
    static final List<String> OUTWARD_CODES = List.of("NW7", "NW9", "HA8", "EN5", "EN4", "N12", "N20", "N3", "N11", "NW4", "NW11", "N2");
    /** Outward codes of towns some way off, for placements out of the authority's area. */
    static final List<String> DISTANT_OUTWARD_CODES = List.of("LU1", "LU4", "MK9", "MK14", "SG1", "SG6", "CM2", "SS1", "ME4", "NN1",
            "RG1", "CB1", "PE1", "OX4");
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private NameBank() {
    }

    static String pick(List<String> names, RandomGenerator random) {
        return names.get(random.nextInt(names.size()));
    }

    static String postcode(RandomGenerator random) {
        return postcode(OUTWARD_CODES, random);
    }

    static String distantPostcode(RandomGenerator random) {
        return postcode(DISTANT_OUTWARD_CODES, random);
    }

    private static String postcode(List<String> outwardCodes, RandomGenerator random) {
        return pick(outwardCodes, random) + " " + random.nextInt(1, 10)
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
    }
}
