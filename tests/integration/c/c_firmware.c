/* The C header in a firmware build (arm-none-eabi-gcc, no stdio): code ->
 * phrase and class through a volatile input, so nothing is folded away. */
#include <sipcodes/sipcodes.h>

volatile int sipcodes_test_input = 430;
const char* volatile sipcodes_test_phrase;
volatile int sipcodes_test_class;

int main(void)
{
    const int code = sipcodes_test_input;
    sipcodes_test_phrase = sipcodes_reason_phrase(code);
    sipcodes_test_class = sipcodes_class_of(sipcodes_canonical(code));
    return sipcodes_test_phrase != NULL && sipcodes_is_failure(code) ? 0 : 1;
}
