import com.ibm.icu.util.ULocale;

/** Prints "CC<TAB>English name" for every ISO country ICU knows: the names EntityDictionaryLoader starts from. */
public class IcuCountryNames {
    public static void main(String[] args) {
        for (String cc : ULocale.getISOCountries()) {
            System.out.println(cc + "\t" + new ULocale("", cc).getDisplayCountry(ULocale.ENGLISH));
        }
    }
}
