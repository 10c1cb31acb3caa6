// The translations library only carries the compiled .qm resources; a static
// library needs one object file to exist.
namespace msp::translations {
int anchor()
{
    return 0;
}
} // namespace msp::translations
