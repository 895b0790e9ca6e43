// A header generated from tests/integration/user_spec/demo_spec.yaml into namespace
// demo::sip: private codes work, translations replace only the fields they
// give, and the standard sipcodes header can be used in the same program.
#include <demo_codes/demo_codes.hpp>
#include <sipcodes/sipcodes.hpp>

#define BOOST_TEST_MODULE sipcodes_user_spec
#include <boost/test/unit_test.hpp>

#include <string>

BOOST_AUTO_TEST_CASE(private_code_is_a_first_class_status)
{
    using namespace demo::sip;
    static_assert(status_count == 3);
    static_assert(DEMO_CODES_VERSION_MAJOR == 2 && DEMO_CODES_VERSION_MINOR == 3 && version == "2.3.4");
    static_assert(reason_phrase(status::vendor_quota_exceeded) == "Vendor Quota Exceeded");
    static_assert(to_status(499) == status::vendor_quota_exceeded);
    static_assert(!to_status(404));
    static_assert(requires_header(status::vendor_quota_exceeded, header::contact));
    static_assert(action_of(status::vendor_quota_exceeded) == action::give_up);
    BOOST_TEST(info(status::vendor_quota_exceeded).references == "ACME-SIP-7");
    // The standard header is still the registry's: 499 is not registered there.
    BOOST_TEST(!sipcodes::to_status(499).has_value());
}

BOOST_AUTO_TEST_CASE(translations_fall_back_field_by_field)
{
    using namespace demo::sip;
    const localized_texts ja = localized(status::flow_failed, locale::ja);
    BOOST_TEST(ja.fix == "新しいフローを作るために再登録してください。");
    BOOST_TEST(ja.description == "ユーザーエージェントへのフローが失敗しました。");
    BOOST_TEST(ja.when == info(status::flow_failed).when);
    BOOST_TEST(localized(status::ok, locale::ja).fix == info(status::ok).fix);

    // The reference form: ja labels over the English sentences and texts.
    constexpr auto reference = comparison_page<status::ok, status::flow_failed, locale::ja, layout::sections, texts::reference>();
    BOOST_TEST(std::string(reference.view()).find("For 430 (Flow Failed): Re-register to make a new flow.") != std::string::npos);
    BOOST_TEST(std::string(reference.view()).find("430 means that a flow to the user agent failed.") != std::string::npos);
    // The localized form: the ja texts everywhere (in the English frames, which this ja locale does not replace).
    constexpr auto page = comparison_page<status::ok, status::flow_failed, locale::ja, layout::sections>();
    const std::string text(page.view());
    BOOST_TEST(text.find("解決方法\n\n新しいフローを作るために再登録してください。") != std::string::npos);
    BOOST_TEST(text.find("For 430 (Flow Failed): 新しいフローを作るために再登録してください。") != std::string::npos);
    BOOST_TEST(text.find("解決方法\n\nNothing to fix.") != std::string::npos);
    BOOST_TEST(text.find("430 means that ユーザーエージェントへのフローが失敗しました。") != std::string::npos);
    BOOST_TEST(text.find("説明\n\nユーザーエージェントへのフローが失敗しました。") != std::string::npos);
    BOOST_TEST(text.find("SIP 430: ユーザーエージェントへのフローが失敗しました。") != std::string::npos);
    BOOST_TEST(page.size() <= max_page_size);
}
