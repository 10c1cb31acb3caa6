#include "reconcile/nicknames.h"

#include <algorithm>
#include <iterator>

namespace msp::reconcile {

namespace {

struct Nickname {
    std::string_view nick;
    std::string_view formal;
};

// Sorted by nickname for a binary search. Where a short form serves two names
// (pat: patricia, patrick) the first listed is kept; the comparator still
// scores the pair by spelling.
constexpr Nickname kNicknames[] = {
    {"abbie", "abigail"},       {"abby", "abigail"},       {"alec", "alexander"},      {"alex", "alexander"},
    {"alison", "allison"},      {"allie", "allison"},      {"ally", "allison"},        {"andy", "andrew"},
    {"angie", "angela"},        {"babs", "barbara"},       {"barb", "barbara"},        {"becca", "rebecca"},
    {"becky", "rebecca"},       {"ben", "benjamin"},       {"benny", "benjamin"},      {"bert", "robert"},
    {"beth", "elizabeth"},      {"betsy", "elizabeth"},    {"bette", "elizabeth"},     {"betty", "elizabeth"},
    {"bill", "william"},        {"billy", "william"},      {"bob", "robert"},          {"bobby", "robert"},
    {"carol", "caroline"},      {"carrie", "caroline"},    {"catherine", "katherine"}, {"cathy", "katherine"},
    {"charlie", "charles"},     {"chas", "charles"},       {"chris", "christopher"},   {"chrissy", "christine"},
    {"christina", "christine"}, {"chuck", "charles"},      {"cindy", "cynthia"},       {"dan", "daniel"},
    {"danny", "daniel"},        {"dave", "david"},         {"davy", "david"},          {"deb", "deborah"},
    {"debbie", "deborah"},      {"debby", "deborah"},      {"dick", "richard"},        {"don", "donald"},
    {"donnie", "donald"},       {"dot", "dorothy"},        {"dottie", "dorothy"},      {"doug", "douglas"},
    {"drew", "andrew"},         {"ed", "edward"},          {"eddie", "edward"},        {"elisa", "elizabeth"},
    {"elise", "elizabeth"},     {"eliza", "elizabeth"},    {"ellie", "elizabeth"},     {"fran", "frances"},
    {"frank", "francis"},       {"frankie", "francis"},    {"fred", "frederick"},      {"freddie", "frederick"},
    {"gail", "abigail"},        {"geoffrey", "jeffrey"},   {"gerry", "gerald"},        {"ginny", "virginia"},
    {"greg", "gregory"},        {"greta", "margaret"},     {"hal", "harold"},          {"hank", "henry"},
    {"harry", "harold"},        {"jack", "john"},          {"jackie", "jacqueline"},   {"jake", "jacob"},
    {"jamie", "james"},         {"jeff", "jeffrey"},       {"jen", "jennifer"},        {"jenny", "jennifer"},
    {"jerry", "gerald"},        {"jess", "jessica"},       {"jessie", "jessica"},      {"jim", "james"},
    {"jimmy", "james"},         {"jo", "josephine"},       {"joe", "joseph"},          {"joey", "joseph"},
    {"johnny", "john"},         {"jon", "john"},           {"jonny", "jonathan"},      {"josh", "joshua"},
    {"josie", "josephine"},     {"judy", "judith"},        {"kat", "katherine"},       {"kate", "katherine"},
    {"kath", "katherine"},      {"kathleen", "katherine"}, {"kathryn", "katherine"},   {"kathy", "katherine"},
    {"katie", "katherine"},     {"ken", "kenneth"},        {"kenny", "kenneth"},       {"kim", "kimberly"},
    {"kit", "christopher"},     {"kitty", "katherine"},    {"larry", "lawrence"},      {"laurence", "lawrence"},
    {"laurie", "lawrence"},     {"len", "leonard"},        {"lenny", "leonard"},       {"leo", "leonard"},
    {"lexi", "alexandra"},      {"liam", "william"},       {"libby", "elizabeth"},     {"lisa", "elizabeth"},
    {"liz", "elizabeth"},       {"liza", "elizabeth"},     {"lizzie", "elizabeth"},    {"lizzy", "elizabeth"},
    {"lou", "louise"},          {"lucy", "lucille"},       {"lulu", "louise"},         {"maddie", "madeline"},
    {"maggie", "margaret"},     {"mandy", "amanda"},       {"marge", "margaret"},      {"margie", "margaret"},
    {"matilda", "mathilda"},    {"matt", "matthew"},       {"meg", "margaret"},        {"mel", "melissa"},
    {"mick", "michael"},        {"mickey", "michael"},     {"mike", "michael"},        {"mikey", "michael"},
    {"missy", "melissa"},       {"mitch", "mitchell"},     {"monty", "montgomery"},    {"nat", "natalie"},
    {"nate", "nathaniel"},      {"ned", "edward"},         {"nell", "eleanor"},        {"nick", "nicholas"},
    {"nicky", "nicholas"},      {"nora", "eleanor"},       {"ollie", "oliver"},        {"paddy", "patrick"},
    {"pam", "pamela"},          {"pat", "patricia"},       {"patty", "patricia"},      {"peggy", "margaret"},
    {"penny", "penelope"},      {"pete", "peter"},         {"phil", "philip"},         {"phillip", "philip"},
    {"ray", "raymond"},         {"rich", "richard"},       {"richie", "richard"},      {"rick", "richard"},
    {"ricky", "richard"},       {"rob", "robert"},         {"robbie", "robert"},       {"ron", "ronald"},
    {"ronnie", "ronald"},       {"rose", "rosemary"},      {"rosie", "rosemary"},      {"russ", "russell"},
    {"sadie", "sarah"},         {"sally", "sarah"},        {"sam", "samuel"},          {"sammy", "samuel"},
    {"sandy", "alexander"},     {"sara", "sarah"},         {"sasha", "alexandra"},     {"stan", "stanley"},
    {"steph", "stephanie"},     {"steve", "stephen"},      {"steven", "stephen"},      {"stevie", "stephen"},
    {"sue", "susan"},           {"susie", "susan"},        {"suzy", "susan"},          {"ted", "edward"},
    {"teddy", "edward"},        {"terry", "teresa"},       {"tess", "teresa"},         {"tessa", "teresa"},
    {"theo", "theodore"},       {"theresa", "teresa"},     {"tilly", "mathilda"},      {"tim", "timothy"},
    {"timmy", "timothy"},       {"tina", "christine"},     {"tom", "thomas"},          {"tommy", "thomas"},
    {"tony", "anthony"},        {"tori", "victoria"},      {"tricia", "patricia"},     {"trish", "patricia"},
    {"val", "valerie"},         {"vicky", "victoria"},     {"vince", "vincent"},       {"vinnie", "vincent"},
    {"wally", "walter"},        {"walt", "walter"},        {"wil", "william"},         {"will", "william"},
    {"willy", "william"},       {"xander", "alexander"},   {"zach", "zachary"},        {"zack", "zachary"},
};

} // namespace

std::string_view canonicalGivenName(std::string_view folded)
{
    const auto it = std::lower_bound(std::begin(kNicknames), std::end(kNicknames), folded,
                                     [](const Nickname &n, std::string_view key) { return n.nick < key; });
    if (it != std::end(kNicknames) && it->nick == folded)
        return it->formal;
    return folded;
}

} // namespace msp::reconcile
