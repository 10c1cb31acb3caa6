<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>msp::Appointment</name>
    <message>
        <location filename="../model/domain/appointment.cpp" line="+13"/>
        <source>Choose the client for this appointment.</source>
        <translation>Seleccione el cliente de esta cita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a practitioner.</source>
        <translation>Seleccione un profesional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a service.</source>
        <translation>Seleccione un servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a start and an end time.</source>
        <translation>Seleccione una hora de inicio y una de fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment times must be stored in UTC.</source>
        <translation>Los horarios de las citas deben guardarse en UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appointment must end after it starts.</source>
        <translation>La cita debe terminar después de comenzar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appointment can last at most 12 hours.</source>
        <translation>Una cita puede durar como máximo 12 horas.</translation>
    </message>
</context>
<context>
    <name>msp::AppointmentStatus</name>
    <message>
        <location filename="../model/domain/appointmentstatus.cpp" line="+50"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered in error</source>
        <translation>Ingresada por error</translation>
    </message>
</context>
<context>
    <name>msp::Client</name>
    <message>
        <location filename="../model/domain/client.cpp" line="+53"/>
        <source>Notes can have at most 20,000 characters.</source>
        <translation>Las notas pueden tener como máximo 20.000 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a phone number or an e-mail address so the clinic can reach the client.</source>
        <translation>Ingrese un número de teléfono o un correo electrónico para que la clínica pueda comunicarse con el cliente.</translation>
    </message>
</context>
<context>
    <name>msp::DateOfBirth</name>
    <message>
        <location filename="../model/domain/dateofbirth.cpp" line="+13"/>
        <source>Enter the date of birth as year-month-day, for example 1984-03-12.</source>
        <translation>Ingrese la fecha de nacimiento como año-mes-día, por ejemplo 1984-03-12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth is in the future. Check the year.</source>
        <translation>La fecha de nacimiento está en el futuro. Revise el año.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth is more than 130 years ago. Check the year.</source>
        <translation>La fecha de nacimiento es de hace más de 130 años. Revise el año.</translation>
    </message>
</context>
<context>
    <name>msp::Email</name>
    <message>
        <location filename="../model/domain/email.cpp" line="+15"/>
        <source>Enter an e-mail address, for example name@example.com.</source>
        <translation>Ingrese un correo electrónico, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An e-mail address needs exactly one @, for example name@example.com.</source>
        <translation>Un correo electrónico debe tener exactamente una @, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the part before the @, for example name@example.com.</source>
        <translation>Agregue la parte anterior a la @, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the domain after the @, for example name@example.com.</source>
        <translation>Agregue el dominio después de la @, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain after the @ must look like example.com.</source>
        <translation>El dominio después de la @ debe tener la forma ejemplo.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The part before the @ has characters an e-mail address cannot have.</source>
        <translation>La parte anterior a la @ tiene caracteres que un correo electrónico no puede tener.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address can have at most 254 characters.</source>
        <translation>Un correo electrónico puede tener como máximo 254 caracteres.</translation>
    </message>
</context>
<context>
    <name>msp::Invoice</name>
    <message>
        <location filename="../model/domain/invoice.cpp" line="+84"/>
        <source>Each line needs a quantity of at least 1.</source>
        <translation>Cada línea debe tener una cantidad de al menos 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a discount line can have a negative price.</source>
        <translation>Solo una línea de descuento puede tener un precio negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A discount must be entered as a negative amount.</source>
        <translation>Un descuento debe ingresarse como un monto negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each line needs a description.</source>
        <translation>Cada línea necesita una descripción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment amount must be more than zero.</source>
        <translation>El monto de un pago debe ser mayor que cero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A loyalty reward needs the program&apos;s authorisation code, so the manufacturer reimburses it.</source>
        <translation>Una recompensa de fidelidad necesita el código de autorización del programa para que el fabricante la reembolse.</translation>
    </message>
</context>
<context>
    <name>msp::Money</name>
    <message>
        <location filename="../model/domain/money.cpp" line="+12"/>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>No se pueden combinar montos en %1 y en %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not an amount. Use digits with an optional decimal point, for example 125.50.</source>
        <translation>&quot;%1&quot; no es un monto. Use dígitos con un punto decimal opcional, por ejemplo 125.50.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an amount. Use digits with at most two decimals, for example 125.50.</source>
        <translation>&quot;%1&quot; no es un monto. Use dígitos con un máximo de dos decimales, por ejemplo 125.50.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The amount is too large.</source>
        <translation>El monto es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>msp::PersonName</name>
    <message>
        <location filename="../model/domain/personname.cpp" line="+30"/>
        <source>Enter the client&apos;s legal first name.</source>
        <translation>Ingrese el nombre legal del cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the client&apos;s legal last name.</source>
        <translation>Ingrese el apellido legal del cliente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name can have at most 100 characters.</source>
        <translation>Un nombre puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name cannot contain control characters.</source>
        <translation>Un nombre no puede contener caracteres de control.</translation>
    </message>
</context>
<context>
    <name>msp::Phone</name>
    <message>
        <location filename="../model/domain/phone.cpp" line="+26"/>
        <source>A phone number may only contain digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Un número de teléfono solo puede contener dígitos, espacios, guiones, paréntesis y un + inicial.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Enter a phone number, for example (555) 234-5678.</source>
        <translation>Ingrese un número de teléfono, por ejemplo (555) 234-5678.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A US or Canadian number has 10 digits, for example (555) 234-5678.</source>
        <translation>Un número de EE. UU. o Canadá tiene 10 dígitos, por ejemplo (555) 234-5678.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid US or Canadian number: area code and exchange cannot start with 0 or 1.</source>
        <translation>Este no es un número válido de EE. UU. o Canadá: el código de área y la central no pueden empezar con 0 ni con 1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An international number has 8 to 15 digits including the country code.</source>
        <translation>Un número internacional tiene de 8 a 15 dígitos, incluido el código de país.</translation>
    </message>
</context>
<context>
    <name>msp::Role</name>
    <message>
        <location filename="../model/domain/role.cpp" line="+29"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
</context>
<context>
    <name>msp::TenderKind</name>
    <message>
        <location filename="../model/domain/tenderkind.cpp" line="+33"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card</source>
        <translation>Tarjeta de regalo</translation>
    </message>
</context>
<context>
    <name>msp::WorkingHours</name>
    <message>
        <location filename="../model/domain/workinghours.cpp" line="+16"/>
        <source>The day of the week must be 1 to 7.</source>
        <translation>El día de la semana debe estar entre 1 y 7.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each working period must start before it ends, within the day.</source>
        <translation>Cada turno de trabajo debe empezar antes de terminar, dentro del mismo día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working periods on one day must not overlap.</source>
        <translation>Los turnos de trabajo de un mismo día no deben superponerse.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The stored working hours are unreadable.</source>
        <translation>No se pueden leer los horarios de trabajo guardados.</translation>
    </message>
</context>
<context>
    <name>msp::app</name>
    <message>
        <location filename="../app/core/storeopener.cpp" line="+23"/>
        <source>Opening the clinic database was cancelled. Nothing was changed.</source>
        <translation>Se canceló la apertura de la base de datos de la clínica. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This clinic database is protected by a passphrase, and there is no way to ask for it here. Set MEDSPASYNC_PASSPHRASE or run the command in a terminal.</source>
        <translation>Esta base de datos de la clínica está protegida con una frase de contraseña y aquí no hay forma de solicitarla. Defina MEDSPASYNC_PASSPHRASE o ejecute el comando en una terminal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That passphrase does not unlock this clinic database. Check it and try again.</source>
        <translation>Esa frase de contraseña no desbloquea esta base de datos de la clínica. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a passphrase of at least 10 characters; a few unrelated words work well.</source>
        <translation>Elija una frase de contraseña de al menos 10 caracteres; varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data folder %1 cannot be created. Choose a folder you can write to (--data-dir) and try again.</source>
        <translation>No se puede crear la carpeta de datos %1. Elija una carpeta en la que pueda escribir (--data-dir) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clinic database could not be unlocked: %1. Its key is not in this computer&apos;s keychain (it may have been created by another user account or on another computer). Nothing was changed. Sign in as the user who set it up, or restore the keychain from a backup.</source>
        <translation>No se pudo desbloquear la base de datos de la clínica: %1. Su clave no está en el llavero del sistema de esta computadora (puede haberse creado con otra cuenta de usuario o en otra computadora). No se cambió nada. Inicie sesión con el usuario que la configuró o restaure el llavero del sistema desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinic database %1 is protected by a key in the system keychain, and the keychain did not answer (%2). Nothing was changed. Unlock the keychain (sign in to the desktop session) and try again.</source>
        <translation>La base de datos de la clínica %1 está protegida con una clave en el llavero del sistema, y el llavero no respondió (%2). No se cambió nada. Desbloquee el llavero (inicie sesión en el escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a passphrase to encrypt this clinic&apos;s data.</source>
        <translation>Elija una frase de contraseña para cifrar los datos de esta clínica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available on this computer, so the clinic&apos;s data will be encrypted with a passphrase. Choose one and keep it safe: without it the data cannot be opened.</source>
        <translation>Esta computadora no tiene un llavero del sistema disponible, por lo que los datos de la clínica se cifrarán con una frase de contraseña. Elija una y guárdela en un lugar seguro: sin ella no se podrán abrir los datos.</translation>
    </message>
    <message>
        <location filename="../app/core/storeprotection.cpp" line="+16"/>
        <source>The clinic database could not be unlocked: %1 is missing or damaged, so it is not known how the store&apos;s key is protected. Nothing was changed. Restore the data folder from a backup, or start with another data folder (--data-dir).</source>
        <translation>No se pudo desbloquear la base de datos de la clínica: %1 falta o está dañado, por lo que no se sabe cómo está protegida la clave de los datos. No se cambió nada. Restaure la carpeta de datos desde una copia de seguridad o comience con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The data folder %1 cannot be written. Choose a folder you can write to (--data-dir) and try again.</source>
        <translation>No se puede escribir en la carpeta de datos %1. Elija una carpeta en la que pueda escribir (--data-dir) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypted · key in the system keychain</source>
        <translation>Cifrado · clave en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted · passphrase (no keychain available)</source>
        <translation>Cifrado · frase de contraseña (sin llavero del sistema disponible)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+41"/>
        <source>Usage: medspasync-cli &lt;command&gt; [options]

Commands:
  demo          create (or reopen) the demo clinic in --data-dir
  info          show the store&apos;s protection, format and record counts
  verify-audit  check the hash chain of the audit log

Options:
  --data-dir DIR   the clinic&apos;s data folder (default: your user data folder)
  --clients N      demo: number of clients (default 2000)
  --weeks N        demo: weeks of appointments (default 4)
  --version, --help

A store protected by a passphrase reads it from MEDSPASYNC_PASSPHRASE or asks on the terminal.</source>
        <translation>Uso: medspasync-cli &lt;comando&gt; [opciones]

Comandos:
  demo          crea (o vuelve a abrir) la clínica de demostración en --data-dir
  info          muestra la protección, el formato y la cantidad de registros de los datos
  verify-audit  verifica la cadena de hashes del registro de auditoría

Opciones:
  --data-dir DIR   la carpeta de datos de la clínica (predeterminada: su carpeta de datos de usuario)
  --clients N      demo: cantidad de clientes (predeterminado: 2000)
  --weeks N        demo: semanas de citas (predeterminado: 4)
  --version, --help

Si los datos están protegidos con una frase de contraseña, se lee de MEDSPASYNC_PASSPHRASE o se solicita en la terminal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/cli/reconcilecommands.cpp" line="+53"/>
        <location filename="../app/cli/schedulingcommands.cpp" line="+64"/>
        <location filename="../app/gui/guioptions.cpp" line="+16"/>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a whole number of zero or more.</source>
        <translation>%1 necesita un número entero igual o mayor que cero.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/cli/reconcilecommands.cpp" line="+23"/>
        <location filename="../app/cli/schedulingcommands.cpp" line="+21"/>
        <source>Unknown option %1. Run medspasync-cli --help to see the options.</source>
        <translation>Opción desconocida: %1. Ejecute medspasync-cli --help para ver las opciones.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data folder:   %1</source>
        <translation>Carpeta de datos:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection:    %1</source>
        <translation>Protección:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store format:  %1</source>
        <translation>Formato de datos:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic:        %1</source>
        <translation>Clínica:            %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not set up)</source>
        <translation>(sin configurar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients:       %1</source>
        <translation>Clientes:           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments:  %1</source>
        <translation>Citas:              %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty tenders: %1</source>
        <translation>Pagos con recompensas de fidelidad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events:  %1</source>
        <translation>Eventos de auditoría: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to sync: %1</source>
        <translation>Cambios pendientes de sincronización: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown command &quot;%1&quot;. Run medspasync-cli --help to see the commands.</source>
        <translation>Comando desconocido: &quot;%1&quot;. Ejecute medspasync-cli --help para ver los comandos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo clinic ready in %1 (%2).</source>
        <translation>Clínica de demostración lista en %1 (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit log intact: %1 events, every link verified.</source>
        <translation>Registro de auditoría íntegro: %1 eventos, todos los enlaces verificados.</translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseprompt.cpp" line="+52"/>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña son diferentes.</translation>
    </message>
    <message>
        <location filename="../app/cli/reconcilecommands.cpp" line="-6"/>
        <source>--threshold needs a probability between 0 and 1, such as 0.5.</source>
        <translation>--threshold necesita una probabilidad entre 0 y 1, por ejemplo 0.5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs --output FILE for the pairs it finds.</source>
        <translation>%1 necesita --output ARCHIVO para los pares que encuentre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dedupe needs --input FILE.</source>
        <translation>dedupe necesita --input ARCHIVO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs --left FILE and --right FILE.</source>
        <translation>%1 necesita --left ARCHIVO y --right ARCHIVO.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, line %2: %3; the row was skipped.</source>
        <translation>%1, línea %2: %3; se omitió la fila.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 more rows had problems.</source>
        <translation>%1: otras %2 filas tenían problemas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2. Check the folder exists and you may write there.</source>
        <translation>No se puede escribir %1: %2. Verifique que la carpeta exista y que tenga permiso para escribir en ella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1 failed: %2.</source>
        <translation>Falló la escritura de %1: %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Record linkage on CSV files (no data folder, no keychain):
  dedupe        pairs of people in one CSV file who are the same person
                --input FILE --output FILE [--id-column NAME]
  link          one-to-one links between two CSV files of people
                --left FILE --right FILE --output FILE [--id-column NAME]
  reconcile     one-to-one links between two CSV files of transactions
                --left FILE --right FILE --output FILE [--id-column NAME]
                --threshold P   report pairs at or above this match probability (0.5)
                --quiet         no progress or summary on stderr
</source>
        <translation>Vinculación de registros en archivos CSV (sin carpeta de datos ni llavero del sistema):
  dedupe        pares de personas de un archivo CSV que son la misma persona
                --input ARCHIVO --output ARCHIVO [--id-column NOMBRE]
  link          vínculos uno a uno entre dos archivos CSV de personas
                --left ARCHIVO --right ARCHIVO --output ARCHIVO [--id-column NOMBRE]
  reconcile     vínculos uno a uno entre dos archivos CSV de transacciones
                --left ARCHIVO --right ARCHIVO --output ARCHIVO [--id-column NOMBRE]
                --threshold P   informa los pares con esta probabilidad de coincidencia o más (0.5)
                --quiet         sin progreso ni resumen en stderr
</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 pairs written to %2 in %3 s.</source>
        <translation>Se escribieron %1 pares en %2 en %3 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/schedulingcommands.cpp" line="-34"/>
        <source>%1 needs a date like 2025-03-12.</source>
        <translation>%1 necesita una fecha como 2025-03-12.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--count needs a whole number from 1 to 100.</source>
        <translation>--count necesita un número entero de 1 a 100.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export-ics needs --practitioner ID, --from DATE, --to DATE and -o FILE. The ids come from: medspasync-cli practitioners</source>
        <translation>export-ics necesita --practitioner ID, --from FECHA, --to FECHA y -o ARCHIVO. Los ID se obtienen con: medspasync-cli practitioners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next-slots needs --service NAME_OR_ID.</source>
        <translation>next-slots necesita --service NOMBRE_O_ID.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No service is called &quot;%1&quot;.</source>
        <translation>Ningún servicio se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; matches %2 services; type more of the name or use the id.</source>
        <translation>&quot;%1&quot; coincide con %2 servicios; escriba más del nombre o use el ID.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No free time for %1 in the next 14 days.</source>
        <translation>No hay horarios libres para %1 en los próximos 14 días.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No practitioner has the id %1. List them with: medspasync-cli practitioners</source>
        <translation>Ningún profesional tiene el ID %1. Puede listarlos con: medspasync-cli practitioners</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar written to %1.</source>
        <translation>Calendario escrito en %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scheduling:
  practitioners  one line per practitioner: id&lt;TAB&gt;name
  next-slots     --service NAME_OR_ID [--count 5] [--from DATE]: the next free times
  export-ics     --practitioner ID --from DATE --to DATE -o FILE: an RFC 5545 calendar
                 (clients are named only when the clinic allows it)</source>
        <translation>Agenda:
  practitioners  una línea por profesional: id&lt;TAB&gt;nombre
  next-slots     --service NOMBRE_O_ID [--count 5] [--from FECHA]: los próximos horarios libres
  export-ics     --practitioner ID --from FECHA --to FECHA -o ARCHIVO: un calendario RFC 5545
                 (los clientes se nombran solo si la clínica lo permite)</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="+20"/>
        <source>Unknown option %1. Run with --help to see the options.</source>
        <translation>Opción desconocida: %1. Ejecute con --help para ver las opciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: medspasync [options]
MedSpaSync Pro: scheduling, clients, checkout and reconciliation for medical spas, offline-first.

Options:
  --data-dir DIR      folder of the clinic&apos;s encrypted store (default: your user data folder)
  --demo              create (or reopen) a demo clinic in the data folder and sign in to it
  --screenshot FILE   render the main window to a PNG file and exit
  --lang en|es        language for this run (the saved setting otherwise)
  --version           print the version and exit
  --help              print this help and exit
</source>
        <translation>Uso: medspasync [opciones]
MedSpaSync Pro: agenda, clientes, cobro y conciliación para spas médicos, con funcionamiento sin conexión.

Opciones:
  --data-dir DIR      carpeta de los datos cifrados de la clínica (predeterminada: su carpeta de datos de usuario)
  --demo              crea (o vuelve a abrir) una clínica de demostración en la carpeta de datos e inicia sesión en ella
  --screenshot FILE   genera una imagen PNG de la ventana principal y sale
  --lang en|es        idioma de esta ejecución (si no, el de la configuración guardada)
  --version           muestra la versión y sale
  --help              muestra esta ayuda y sale
</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+53"/>
        <source>The screenshot could not be written to %1.</source>
        <translation>No se pudo escribir la captura de pantalla en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main window rendered to %1</source>
        <translation>Ventana principal guardada en %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Demo clinic in %1. Sign in as frontdesk / demo-frontdesk, manager / demo-manager or admin / demo-admin.</source>
        <translation>Clínica de demostración en %1. Inicie sesión como frontdesk / demo-frontdesk, manager / demo-manager o admin / demo-admin.</translation>
    </message>
</context>
<context>
    <name>msp::app::AppSession</name>
    <message>
        <location filename="../app/gui/appsession.cpp" line="+145"/>
        <source>An administrator removed this computer from the clinic&apos;s devices.</source>
        <translation>Un administrador retiró esta computadora de los dispositivos de la clínica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clinic&apos;s data on this computer was erased: the database in %1 and its keys. Nothing of it remains here. If this is a mistake, ask the administrator to register the computer again; the data comes back from the server at the next sign-in.</source>
        <translation>Se borraron los datos de la clínica en esta computadora: la base de datos en %1 y sus claves. No queda nada de ellos aquí. Si se trata de un error, pida al administrador que vuelva a registrar la computadora; los datos se recuperarán del servidor en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some files could not be erased: %1. Delete them yourself, or ask your administrator.</source>
        <translation>No se pudieron borrar algunos archivos: %1. Elimínelos usted mismo o pida ayuda a su administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not let MedSpaSync remove its entries; remove the &quot;MedSpaSync Pro&quot; entries from the keychain yourself.</source>
        <translation>El llavero del sistema no permitió que MedSpaSync eliminara sus entradas; elimine usted mismo las entradas &quot;MedSpaSync Pro&quot; del llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>msp::app::PassphraseDialog</name>
    <message>
        <location filename="../app/gui/passphrasedialog.cpp" line="+17"/>
        <source>Protect the clinic&apos;s data</source>
        <translation>Proteger los datos de la clínica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock the clinic&apos;s data</source>
        <translation>Desbloquear los datos de la clínica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This clinic&apos;s data is encrypted with a passphrase. Enter it to continue.</source>
        <translation>Los datos de esta clínica están cifrados con una frase de contraseña. Ingrésela para continuar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat it</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passphrases are different. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña son diferentes. Escriba la misma frase de contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>msp::app::StripeSettingsCard</name>
    <message>
        <location filename="../app/gui/stripesettingscard.cpp" line="+30"/>
        <source>Card payments (Stripe)</source>
        <translation>Pagos con tarjeta (Stripe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret or restricted API key from the clinic&apos;s Stripe dashboard. It is kept in this computer&apos;s keychain and never shown again.</source>
        <translation>La clave de API secreta o restringida del panel de Stripe de la clínica. Se guarda en el llavero del sistema de esta computadora y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sk_live_… or rk_live_… (leave empty to keep the saved key)</source>
        <translation>sk_live_… o rk_live_… (déjelo vacío para conservar la clave guardada)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the key</source>
        <translation>Eliminar la clave</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter Stripe&apos;s address as https://… (normally https://api.stripe.com).</source>
        <translation>Ingrese la dirección de Stripe como https://… (normalmente https://api.stripe.com).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not a Stripe secret key. Copy the key that starts with sk_ or rk_ from the Developers → API keys page of the Stripe dashboard. Publishable keys (pk_) do not work here.</source>
        <translation>Esa no es una clave secreta de Stripe. Copie la clave que empieza con sk_ o rk_ de la página Desarrolladores → Claves de API del panel de Stripe. Las claves publicables (pk_) no sirven aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key could not be saved: this computer&apos;s keychain did not accept it (%1). Nothing was changed. Unlock the keychain and try again.</source>
        <translation>No se pudo guardar la clave: el llavero del sistema de esta computadora no la aceptó (%1). No se cambió nada. Desbloquee el llavero del sistema y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key could not be removed from the keychain (%1).</source>
        <translation>No se pudo eliminar la clave del llavero del sistema (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed. Card payments are off on this computer.</source>
        <translation>Eliminada. Los pagos con tarjeta están desactivados en esta computadora.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A key is saved in this computer&apos;s keychain.</source>
        <translation>Hay una clave guardada en el llavero del sistema de esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key saved: card payments are off on this computer.</source>
        <translation>No hay ninguna clave guardada: los pagos con tarjeta están desactivados en esta computadora.</translation>
    </message>
</context>
<context>
    <name>msp::checkout</name>
    <message>
        <location filename="../model/checkout/checkoutpolicy.cpp" line="+56"/>
        <source>A rate must be between 0 % and 100 %. Check the clinic&apos;s tax and fee settings.</source>
        <translation>Una tasa debe estar entre 0 % y 100 %. Revise la configuración de impuestos y cargos de la clínica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fee cannot be negative.</source>
        <translation>Un cargo no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The late-cancel window must be between 0 and 336 hours.</source>
        <translation>El plazo de cancelación tardía debe estar entre 0 y 336 horas.</translation>
    </message>
    <message>
        <location filename="../model/checkout/invoicebuilder.cpp" line="+87"/>
        <source>The service is priced in another currency than the clinic&apos;s.</source>
        <translation>El precio del servicio está en una moneda distinta a la de la clínica.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A product needs a name, a quantity of at least 1 and a price of zero or more.</source>
        <translation>Un producto necesita un nombre, una cantidad de al menos 1 y un precio igual o mayor que cero.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A tip cannot be negative.</source>
        <translation>Una propina no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip</source>
        <translation>Propina</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The clinic&apos;s policy sets no no-show fee.</source>
        <translation>La política de la clínica no establece un cargo por no presentarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clinic&apos;s policy sets no late-cancellation fee.</source>
        <translation>La política de la clínica no establece un cargo por cancelación tardía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No-show fee: %1</source>
        <translation>Cargo por no presentarse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late cancellation fee: %1</source>
        <translation>Cargo por cancelación tardía: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A tip must be between 0 % and 100 %.</source>
        <translation>Una propina debe estar entre 0 % y 100 %.</translation>
    </message>
    <message>
        <location filename="../model/checkout/ledger.cpp" line="+25"/>
        <source>This invoice no longer exists.</source>
        <translation>Esta factura ya no existe.</translation>
    </message>
    <message>
        <location filename="../model/checkout/paymentrepository.cpp" line="+71"/>
        <source>This payment no longer exists.</source>
        <translation>Este pago ya no existe.</translation>
    </message>
    <message>
        <location filename="../model/checkout/refundplan.cpp" line="+37"/>
        <source>Enter the reason for the refund.</source>
        <translation>Ingrese el motivo del reembolso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a refund amount of more than zero.</source>
        <translation>Ingrese un monto de reembolso mayor que cero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 of this invoice can still be refunded.</source>
        <translation>De esta factura solo se pueden reembolsar todavía %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Refund between 1 and %1 of this item.</source>
        <translation>Reembolse entre 1 y %1 unidades de este artículo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That item is not on this invoice.</source>
        <translation>Ese artículo no está en esta factura.</translation>
    </message>
    <message>
        <location filename="../model/checkout/tenderplan.cpp" line="+18"/>
        <source>This invoice is already paid in full.</source>
        <translation>Esta factura ya está pagada en su totalidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount of more than zero.</source>
        <translation>Ingrese un monto mayor que cero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the %1 authorisation code, so the manufacturer reimburses the reward.</source>
        <translation>Ingrese el código de autorización de %1 para que el fabricante reembolse la recompensa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reward value cannot be negative.</source>
        <translation>El valor de una recompensa no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a loyalty reward has a reward value.</source>
        <translation>Solo una recompensa de fidelidad tiene valor de recompensa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is more than the %2 still owed. Lower the amount.</source>
        <translation>%1 es más que los %2 que aún se deben. Reduzca el monto.</translation>
    </message>
    <message>
        <location filename="../model/checkout/feecharge.cpp" line="+89"/>
        <source>The clinic&apos;s policy sets no no-show fee, and no deposit is held for this appointment: there is nothing to charge.</source>
        <translation>La política de la clínica no fija un cargo por inasistencia y no hay ningún depósito retenido para esta cita: no hay nada que cobrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinic&apos;s policy sets no late-cancellation fee, and no deposit is held for this appointment: there is nothing to charge.</source>
        <translation>La política de la clínica no fija un cargo por cancelación tardía y no hay ningún depósito retenido para esta cita: no hay nada que cobrar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No-show fee</source>
        <translation>Cargo por inasistencia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late cancellation</source>
        <translation>Cancelación tardía</translation>
    </message>
    <message>
        <location filename="../model/checkout/refundrepositorydeposit.cpp" line="+31"/>
        <source>Enter why the deposit goes back to the client.</source>
        <translation>Indique por qué se devuelve el depósito al cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a refund of more than zero.</source>
        <translation>Indique un reembolso mayor que cero.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a deposit still held can be refunded; this one was already applied, kept or refunded.</source>
        <translation>Solo se puede reembolsar un depósito que siga retenido; este ya se aplicó, se retuvo o se reembolsó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only %1 of this deposit is held; refund that much or less.</source>
        <translation>De este depósito solo quedan retenidos %1; reembolse esa cantidad o menos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card deposit has no Stripe payment to refund through. Refund it in cash.</source>
        <translation>Este depósito con tarjeta no tiene un pago de Stripe por el que reembolsarlo. Reembólselo en efectivo.</translation>
    </message>
</context>
<context>
    <name>msp::checkout::DepositRepository</name>
    <message>
        <location filename="../model/checkout/depositrepository.cpp" line="+42"/>
        <source>Enter a deposit of more than zero.</source>
        <translation>Ingrese un depósito mayor que cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card deposit is taken through Stripe.</source>
        <translation>Un depósito con tarjeta se cobra a través de Stripe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A loyalty reward cannot be a deposit.</source>
        <translation>Una recompensa de fidelidad no puede usarse como depósito.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Enter why the deposit is kept.</source>
        <translation>Ingrese por qué se retiene el depósito.</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+134"/>
        <source>This deposit no longer exists.</source>
        <translation>Este depósito ya no existe.</translation>
    </message>
</context>
<context>
    <name>msp::checkout::Discounting</name>
    <message>
        <location filename="../model/checkout/invoicebuilder.cpp" line="-152"/>
        <source>A discount must be between 0 % and 100 %, or a positive amount.</source>
        <translation>Un descuento debe estar entre 0 % y 100 %, o ser un monto positivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The discount is more than the items it applies to. Lower it or apply it to everything.</source>
        <translation>El descuento es mayor que los artículos a los que se aplica. Redúzcalo o aplíquelo a todo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
</context>
<context>
    <name>msp::checkout::PaymentRepository</name>
    <message>
        <location filename="../model/checkout/paymentrepository.cpp" line="+80"/>
        <source>A card payment goes through the card reader or Stripe, not as a manual entry.</source>
        <translation>Un pago con tarjeta se procesa con el lector de tarjetas o con Stripe, no como un registro manual.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This invoice is closed and cannot take payments.</source>
        <translation>Esta factura está cerrada y no puede recibir pagos.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Enter a deposit of more than zero.</source>
        <translation>Ingrese un depósito mayor que cero.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The processor gave no id for this payment.</source>
        <translation>El procesador no devolvió ningún identificador para este pago.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <source>This payment was already settled; start a new one.</source>
        <translation>Este pago ya se liquidó; inicie uno nuevo.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Enter why the invoice is voided.</source>
        <translation>Ingrese por qué se anula la factura.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This invoice has payments. Refund them instead of voiding the invoice.</source>
        <translation>Esta factura tiene pagos. Reembólselos en lugar de anular la factura.</translation>
    </message>
</context>
<context>
    <name>msp::checkout::RefundRepository</name>
    <message>
        <location filename="../model/checkout/refundrepository.cpp" line="+173"/>
        <source>This refund no longer exists.</source>
        <translation>Este reembolso ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This refund was already settled.</source>
        <translation>Este reembolso ya se liquidó.</translation>
    </message>
</context>
<context>
    <name>msp::dedupe</name>
    <message>
        <location filename="../model/dedupe/clientunmerge.cpp" line="+54"/>
        <source>This merge is not in the history of this device.</source>
        <translation>Esta combinación no está en el historial de este dispositivo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This merge has already been undone.</source>
        <translation>Esta combinación ya se deshizo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kept record has since been merged into another record. Undo that later merge first.</source>
        <translation>El registro conservado se combinó después con otro registro. Deshaga primero esa combinación posterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The merged record was restored or changed on another device; there is nothing to undo here.</source>
        <translation>El registro combinado se restauró o cambió en otro dispositivo; aquí no hay nada que deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kept record was changed after the merge (%1). Undoing would lose those changes, so nothing was undone; correct the records by hand instead.</source>
        <translation>El registro conservado cambió después de la combinación (%1). Deshacerla perdería esos cambios, así que no se deshizo nada; corrija los registros a mano.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The merged record was changed after the merge (%1). Undoing would lose those changes, so nothing was undone.</source>
        <translation>El registro combinado cambió después de la combinación (%1). Deshacerla perdería esos cambios, así que no se deshizo nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something this merge moved (an appointment, invoice or deposit) now belongs to another client. Nothing was undone.</source>
        <translation>Algo que esta combinación trasladó (una cita, factura o depósito) ahora pertenece a otro cliente. No se deshizo nada.</translation>
    </message>
    <message>
        <location filename="../model/dedupe/mergejournal.cpp" line="+40"/>
        <source>One of the two client records no longer exists on this device. Scan for duplicates again.</source>
        <translation>Uno de los dos registros de cliente ya no existe en este dispositivo. Vuelva a buscar duplicados.</translation>
    </message>
    <message>
        <location filename="../model/dedupe/mergeplan.cpp" line="+35"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing consent</source>
        <translation>Consentimiento de marketing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../model/dedupe/clientmerger.cpp" line="+83"/>
        <source>Choose two different client records to merge.</source>
        <translation>Elija dos registros de cliente distintos para combinar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One of these records has already been merged into another. Scan for duplicates again.</source>
        <translation>Uno de estos registros ya se combinó con otro. Vuelva a buscar duplicados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record of %1 was changed after the scan (%2). Nothing was merged: scan for duplicates again to see the current values.</source>
        <translation>El registro de %1 cambió después de la búsqueda (%2). No se combinó nada: vuelva a buscar duplicados para ver los valores actuales.</translation>
    </message>
</context>
<context>
    <name>msp::protocol</name>
    <message>
        <location filename="../sync/protocol/authcodec.cpp" line="+22"/>
        <location filename="../sync/protocol/mutationargs.cpp" line="+36"/>
        <location filename="../sync/protocol/recordargs.cpp" line="+22"/>
        <source>The field &quot;%1&quot; must be a UUID.</source>
        <translation>El campo &quot;%1&quot; debe ser un UUID.</translation>
    </message>
    <message>
        <location filename="../sync/protocol/mutationargs.cpp" line="+19"/>
        <source>The reason for overbooking must be at most 500 characters.</source>
        <translation>El motivo para reservar con sobrecupo debe tener como máximo 500 caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end must be after the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appointment lasts at most 12 hours.</source>
        <translation>Una cita dura como máximo 12 horas.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+86"/>
        <source>Unknown appointment status &quot;%1&quot;.</source>
        <translation>Estado de cita desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The client field &quot;%1&quot; must be a string.</source>
        <translation>El campo de cliente &quot;%1&quot; debe ser una cadena de texto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An update must change at least one field.</source>
        <translation>Una actualización debe cambiar al menos un campo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change of &quot;%1&quot; must be {&quot;old&quot;: ..., &quot;new&quot;: ...}.</source>
        <translation>El cambio de &quot;%1&quot; debe tener la forma {&quot;old&quot;: ..., &quot;new&quot;: ...}.</translation>
    </message>
    <message>
        <location filename="../sync/protocol/mutationcodec.cpp" line="+51"/>
        <source>A push holds at most %1 mutations; split the batch.</source>
        <translation>Un envío contiene como máximo %1 mutaciones; divida el lote.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each mutation must be a JSON object.</source>
        <translation>Cada mutación debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mutation ids must be positive and consecutive within a batch.</source>
        <translation>Los ID de mutación deben ser positivos y consecutivos dentro de un lote.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown mutation &quot;%1&quot;; update the server or the app.</source>
        <translation>Mutación desconocida: &quot;%1&quot;; actualice el servidor o la aplicación.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The outcome must be &quot;applied&quot; or &quot;rejected&quot;.</source>
        <translation>El resultado debe ser &quot;applied&quot; o &quot;rejected&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rejected mutation must carry a reason.</source>
        <translation>Una mutación rechazada debe indicar un motivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each free slot must be an object.</source>
        <translation>Cada horario libre debe ser un objeto.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Each result must be a JSON object.</source>
        <translation>Cada resultado debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../sync/protocol/pullcodec.cpp" line="+21"/>
        <source>The cursor is not one this server handed out; pull again from the start.</source>
        <translation>Este servidor no emitió ese cursor; vuelva a descargar desde el principio.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Each row must be a JSON object.</source>
        <translation>Cada fila debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each tombstone must be a JSON object.</source>
        <translation>Cada marca de eliminación debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../sync/protocol/wiretime.cpp" line="+19"/>
        <source>The field &quot;%1&quot; must be an ISO 8601 time in UTC, like 2025-03-01T09:30:00.000Z.</source>
        <translation>El campo &quot;%1&quot; debe ser una hora ISO 8601 en UTC, como 2025-03-01T09:30:00.000Z.</translation>
    </message>
    <message>
        <location filename="../sync/protocol/mergeclientsargs.cpp" line="+39"/>
        <source>Both client ids of a merge must be UUIDs.</source>
        <translation>Los dos identificadores de cliente de una combinación deben ser UUID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client cannot be merged into itself.</source>
        <translation>Un cliente no puede combinarse consigo mismo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each appointment id must be a UUID.</source>
        <translation>Cada identificador de cita debe ser un UUID.</translation>
    </message>
    <message>
        <location filename="../sync/protocol/recordargs.cpp" line="+80"/>
        <source>One change may carry at most %1 rows.</source>
        <translation>Un cambio puede llevar como máximo %1 filas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each record must be a JSON object.</source>
        <translation>Cada registro debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../sync/protocol/jsonscanner.cpp" line="+130"/>
        <source>A JSON object was expected.</source>
        <translation>Se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The JSON is nested too deeply.</source>
        <translation>El JSON está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A JSON array was expected.</source>
        <translation>Se esperaba una lista JSON.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A comma or a closing bracket was expected.</source>
        <translation>Se esperaba una coma o un cierre de corchete o llave.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A member&apos;s name was expected.</source>
        <translation>Se esperaba el nombre de un miembro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A colon was expected after a member&apos;s name.</source>
        <translation>Se esperaban dos puntos tras el nombre de un miembro.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A control character must be escaped in a JSON string.</source>
        <translation>Un carácter de control debe ir escapado en una cadena JSON.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A \u escape needs four hex digits.</source>
        <translation>Un escape \u necesita cuatro dígitos hexadecimales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A JSON string holds an unknown escape.</source>
        <translation>Una cadena JSON contiene un escape desconocido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A JSON string is not valid UTF-8.</source>
        <translation>Una cadena JSON no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JSON string is not closed.</source>
        <translation>Una cadena JSON no está cerrada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A JSON string was expected.</source>
        <translation>Se esperaba una cadena JSON.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true or false was expected.</source>
        <translation>Se esperaba true o false.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The JSON holds a word that is not true, false or null.</source>
        <translation>El JSON contiene una palabra que no es true, false ni null.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>A JSON number is malformed.</source>
        <translation>Un número JSON está mal formado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A JSON number is out of range.</source>
        <translation>Un número JSON está fuera de rango.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>A JSON value was expected.</source>
        <translation>Se esperaba un valor JSON.</translation>
    </message>
</context>
<context>
    <name>msp::protocol::json</name>
    <message>
        <location filename="../sync/protocol/jsonread.cpp" line="+19"/>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>El campo &quot;%1&quot; debe ser %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Falta el campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request body is empty; send a JSON object.</source>
        <translation>El cuerpo de la solicitud está vacío; envíe un objeto JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body is not valid JSON (%1 at offset %2).</source>
        <translation>El cuerpo no es JSON válido (%1 en la posición %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation>El campo &quot;%1&quot; no debe estar vacío.</translation>
    </message>
</context>
<context>
    <name>msp::reconcile</name>
    <message>
        <location filename="../model/reconcile/columnmapping.cpp" line="+103"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surname</source>
        <translation>apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street number</source>
        <translation>número de calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address line 2</source>
        <translation>dirección, línea 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suburb</source>
        <translation>localidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memo</source>
        <translation>concepto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../model/reconcile/dateparser.cpp" line="+90"/>
        <source>year-month-day</source>
        <translation>año-mes-día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../model/reconcile/matchgrade.cpp" line="+12"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imprecise</source>
        <translation>impreciso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precise</source>
        <translation>preciso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location filename="../model/reconcile/recordimport.cpp" line="+62"/>
        <source>The file has no column called &quot;%1&quot;. Check --id-column against the header line.</source>
        <translation>El archivo no tiene ninguna columna llamada &quot;%1&quot;. Compare --id-column con la línea de encabezado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The file has no name column. Name a column &quot;surname&quot;, &quot;last name&quot; or &quot;name&quot;.</source>
        <translation>El archivo no tiene una columna de nombre. Llame a una columna &quot;surname&quot;, &quot;last name&quot; o &quot;name&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>date of birth &quot;%1&quot; is not a date; the row is kept without it</source>
        <translation>la fecha de nacimiento &quot;%1&quot; no es una fecha; la fila se conserva sin ella</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The column mapping names a column the file does not have. Choose the columns again.</source>
        <translation>La asignación de columnas nombra una columna que el archivo no tiene. Vuelva a elegir las columnas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no amount column. Name a column &quot;amount&quot; or map one.</source>
        <translation>El archivo no tiene una columna de monto. Llame a una columna &quot;amount&quot; o asigne una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no date column. Name a column &quot;date&quot; or map one.</source>
        <translation>El archivo no tiene una columna de fecha. Llame a una columna &quot;date&quot; o asigne una.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>date &quot;%1&quot; is not a date</source>
        <translation>la fecha &quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount &quot;%1&quot; is not an amount of money</source>
        <translation>el monto &quot;%1&quot; no es una cantidad de dinero</translation>
    </message>
    <message>
        <location filename="../model/reconcile/textencoding.cpp" line="+42"/>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
        <location filename="../model/reconcile/transactioncomparator.cpp" line="+85"/>
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one day later</source>
        <translation>un día después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one day earlier</source>
        <translation>un día antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days later</source>
        <translation>%1 días después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days earlier</source>
        <translation>%1 días antes</translation>
    </message>
    <message>
        <location filename="../model/reconcile/transactionreconciler.cpp" line="+283"/>
        <source>one payment split into %1 lines whose amounts add up</source>
        <translation>un pago dividido en %1 líneas cuyos montos suman el total</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the only candidate left</source>
        <translation>el único candidato que queda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the likeliest of the rows left</source>
        <translation>el más probable de las filas que quedan</translation>
    </message>
</context>
<context>
    <name>msp::reconcile::CsvTable</name>
    <message>
        <location filename="../model/reconcile/csvtable.cpp" line="+85"/>
        <source>Cannot read %1: %2. Check the path and that you may read the file.</source>
        <translation>No se puede leer %1: %2. Revise la ruta y que tenga permiso para leer el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1 failed: %2.</source>
        <translation>Falló la lectura de %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is larger than 4 GB; split it into smaller files.</source>
        <translation>El archivo supera los 4 GB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>has %1 fields where the header has %2</source>
        <translation>tiene %1 campos y el encabezado tiene %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>has a quote that is never closed; the rest of the file was skipped</source>
        <translation>tiene una comilla que nunca se cierra; se omitió el resto del archivo</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file is empty: it has no header line naming the columns.</source>
        <translation>El archivo está vacío: no tiene una línea de encabezado con los nombres de las columnas.</translation>
    </message>
</context>
<context>
    <name>msp::reconcile::FellegiSunter</name>
    <message>
        <location filename="../model/reconcile/fellegisunterem.cpp" line="+137"/>
        <source>There were no candidate pairs to learn from.</source>
        <translation>No había pares candidatos de los que aprender.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The files show no clear set of matching pairs; the built-in weights were used instead of learnt ones. Check that both files describe the same people or payments.</source>
        <translation>Los archivos no muestran un conjunto claro de pares coincidentes; se usaron los pesos predeterminados en lugar de pesos aprendidos. Verifique que ambos archivos describan a las mismas personas o los mismos pagos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The learnt match rate ran past what the files can hold and was capped; review the matches.</source>
        <translation>La tasa de coincidencia aprendida superó lo que admiten los archivos y se limitó; revise las coincidencias.</translation>
    </message>
    <message>
        <location filename="../model/reconcile/fellegisunter.cpp" line="+207"/>
        <source>The saved matching model is unreadable or from another version; it will be learnt again from the next import.</source>
        <translation>El modelo de coincidencias guardado no se puede leer o es de otra versión; se volverá a aprender en la próxima importación.</translation>
    </message>
</context>
<context>
    <name>msp::reconcile::PersonComparator</name>
    <message>
        <location filename="../model/reconcile/personcomparator.cpp" line="+98"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different</source>
        <translation>diferente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>close or nickname</source>
        <translation>parecido o apodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>close</source>
        <translation>parecido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one character off</source>
        <translation>un carácter distinto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surname</source>
        <translation>apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two digits off</source>
        <translation>dos dígitos distintos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one digit off or day and month swapped</source>
        <translation>un dígito distinto o día y mes invertidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street number</source>
        <translation>número de calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address line 2</source>
        <translation>dirección, línea 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suburb</source>
        <translation>localidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same mailbox name</source>
        <translation>mismo nombre de buzón</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+8"/>
        <source>%1 same</source>
        <translation>%1 igual</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 a nickname of the other</source>
        <translation>%1: uno es apodo del otro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>date of birth with day and month swapped</source>
        <translation>fecha de nacimiento con día y mes invertidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 different</source>
        <translation>%1 diferente</translation>
    </message>
</context>
<context>
    <name>msp::reconcile::TransactionComparator</name>
    <message>
        <location filename="../model/reconcile/transactioncomparator.cpp" line="+34"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>different</source>
        <translation>diferente</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>within 3 %</source>
        <translation>dentro del 3 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within 1 %</source>
        <translation>dentro del 1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>explained by a fee</source>
        <translation>explicado por una comisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than a week apart</source>
        <translation>más de una semana de diferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 to 7 days apart</source>
        <translation>de 4 a 7 días de diferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 or 3 days apart</source>
        <translation>2 o 3 días de diferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one day apart</source>
        <translation>un día de diferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>close</source>
        <translation>parecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shares a word</source>
        <translation>comparte una palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>amount same</source>
        <translation>monto igual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount less a card fee</source>
        <translation>monto menos una comisión de tarjeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amount %1</source>
        <translation>monto %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name same</source>
        <translation>nombre igual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name %1</source>
        <translation>nombre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product %1</source>
        <translation>producto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference same</source>
        <translation>referencia igual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reference different</source>
        <translation>referencia diferente</translation>
    </message>
</context>
<context>
    <name>msp::reconcilestore</name>
    <message>
        <location filename="../model/reconcilestore/columnpreset.cpp" line="+64"/>
        <source>Generic POS export</source>
        <translation>Exportación genérica de TPV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/reconcilestore/reconsource.cpp" line="+46"/>
        <source>Stripe balance transactions</source>
        <translation>Movimientos de saldo de Stripe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../model/reconcilestore/reconsource.cpp" line="+1"/>
        <source>Stripe payouts</source>
        <translation>Transferencias de Stripe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allē for Business redemptions</source>
        <translation>Canjes de Allē for Business</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../model/reconcilestore/reconsource.cpp" line="+2"/>
        <source>Aspire redemptions</source>
        <translation>Canjes de Aspire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generic rewards</source>
        <translation>Recompensas genéricas</translation>
    </message>
    <message>
        <location filename="../model/reconcilestore/importpresets.cpp" line="+41"/>
        <source>Give the preset a name.</source>
        <translation>Dé un nombre a la plantilla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is a built-in preset. Choose another name.</source>
        <translation>&quot;%1&quot; es una plantilla incluida. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../model/reconcilestore/reconmatching.cpp" line="+186"/>
        <source>nothing reported matches this sale</source>
        <translation>nada de lo informado coincide con esta venta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no sale matches this record</source>
        <translation>ninguna venta coincide con este registro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>accepted with a record outside this period</source>
        <translation>aceptado con un registro fuera de este periodo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accepted: %1</source>
        <translation>aceptado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>accepted split of %n lines</source>
        <translation>
            <numerusform>aceptada una división en %n línea</numerusform>
            <numerusform>aceptada una división en %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/reconcilestore/reconsource.cpp" line="-4"/>
        <source>POS export</source>
        <translation>Exportación de TPV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allē redemptions</source>
        <translation>Canjes de Allē</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xperience redemptions</source>
        <translation>Canjes de Xperience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evolus redemptions</source>
        <translation>Canjes de Evolus</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Card payments</source>
        <translation>Pagos con tarjeta</translation>
    </message>
    <message>
        <location filename="../model/reconcilestore/salesreader.cpp" line="+27"/>
        <source>Card tender</source>
        <translation>Pago con tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tender</source>
        <translation>Pago con %1</translation>
    </message>
</context>
<context>
    <name>msp::reconcilestore::DecisionRepository</name>
    <message>
        <location filename="../model/reconcilestore/decisionrepository.cpp" line="+41"/>
        <source>A decision needs a sale and a record to pair it with.</source>
        <translation>Una decisión necesita una venta y un registro con el que emparejarla.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>That decision is no longer in the clinic&apos;s records. Open the list again.</source>
        <translation>Esa decisión ya no está en los registros de la clínica. Abra la lista de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That decision was already undone. Open the list again to see who undid it.</source>
        <translation>Esa decisión ya se deshizo. Abra la lista de nuevo para ver quién la deshizo.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Choose a match threshold from %1 to %2: below an even chance a pair is more likely two different payments.</source>
        <translation>Elija un umbral de coincidencia entre %1 y %2: por debajo de una probabilidad del 50 %, es más probable que un par sean dos pagos distintos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a review threshold of at least %1.</source>
        <translation>Elija un umbral de revisión de al menos %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review threshold must be below the match threshold (%1): lower it, or raise the match threshold.</source>
        <translation>El umbral de revisión debe estar por debajo del umbral de coincidencia (%1): bájelo o suba el umbral de coincidencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only managers and administrators can change the reconciliation thresholds.</source>
        <translation>Solo los gerentes y los administradores pueden cambiar los umbrales de conciliación.</translation>
    </message>
</context>
<context>
    <name>msp::reconcilestore::ReconciliationService</name>
    <message>
        <location filename="../model/reconcilestore/reconciliationservice.cpp" line="+55"/>
        <source>Choose a period whose start is not after its end.</source>
        <translation>Elija un periodo cuyo inicio no sea posterior a su fin.</translation>
    </message>
    <message>
        <location filename="../model/reconcilestore/reconciliationhistory.cpp" line="+81"/>
        <location line="+2"/>
        <source>someone on another device</source>
        <translation>alguien en otro dispositivo</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing was decided on this row, so there is nothing to undo.</source>
        <translation>No se decidió nada en esta fila, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This row&apos;s decision was already undone. Run again to see the row as it is now.</source>
        <translation>La decisión de esta fila ya se deshizo. Pulse Volver a conciliar para ver la fila como está ahora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This import added no rows of its own: an earlier import already holds every row, or every row had a problem. Open the earlier import instead.</source>
        <translation>Esta importación no agregó filas propias: una importación anterior ya contiene todas las filas, o todas las filas tenían un problema. Abra la importación anterior.</translation>
    </message>
</context>
<context>
    <name>msp::scheduling</name>
    <message>
        <location filename="../model/scheduling/icsexport.cpp" line="+101"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Choose a date range whose end is not before its start.</source>
        <translation>Elija un rango de fechas cuyo fin no sea anterior a su inicio.</translation>
    </message>
    <message>
        <location filename="../model/scheduling/recurrence.cpp" line="+17"/>
        <source>Repeat every 1 to 365 days, weeks or months.</source>
        <translation>Repita cada 1 a 365 días, semanas o meses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A series can have at most 520 appointments.</source>
        <translation>Una serie puede tener como máximo 520 citas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the series ends: after a number of appointments or on a date.</source>
        <translation>Elija cómo termina la serie: después de un número de citas o en una fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A series ends either after a count or on a date, not both.</source>
        <translation>Una serie termina después de un número de citas o en una fecha, no de ambas formas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <location line="+5"/>
        <source>The stored repeat rule is unreadable.</source>
        <translation>No se puede leer la regla de repetición guardada.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Only daily, weekly and monthly series exist.</source>
        <translation>Solo existen series diarias, semanales y mensuales.</translation>
    </message>
    <message>
        <location filename="../model/scheduling/seriesservice.cpp" line="+26"/>
        <source>The appointment on %1 cannot be booked: %2</source>
        <translation>No se puede reservar la cita del %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose the client, the service and the first time.</source>
        <translation>Seleccione el cliente, el servicio y el primer horario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This series has no appointments.</source>
        <translation>Esta serie no tiene citas.</translation>
    </message>
    <message>
        <location filename="../model/scheduling/waitlistrepository.cpp" line="+32"/>
        <source>Choose the client and the service they are waiting for.</source>
        <translation>Seleccione el cliente y el servicio que espera.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown waitlist status.</source>
        <translation>Estado de lista de espera desconocido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This waitlist entry no longer exists.</source>
        <translation>Esta entrada de la lista de espera ya no existe.</translation>
    </message>
    <message>
        <location filename="../model/scheduling/seriesedit.cpp" line="+60"/>
        <source>This appointment no longer exists.</source>
        <translation>Esta cita ya no existe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give a reason for the cancellation.</source>
        <translation>Indique un motivo para la cancelación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>This appointment is not part of a series.</source>
        <translation>Esta cita no forma parte de una serie.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>series changed</source>
        <translation>serie modificada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This series no longer exists.</source>
        <translation>Esta serie ya no existe.</translation>
    </message>
</context>
<context>
    <name>msp::scheduling::BookingService</name>
    <message>
        <location filename="../model/scheduling/bookingservice.cpp" line="+100"/>
        <source>An appointment that is %1 cannot be moved.</source>
        <translation>Una cita con estado %1 no se puede mover.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 Your role (%2) may not overbook; ask a manager to.</source>
        <translation>%1 Su rol (%2) no permite reservar con sobrecupo; pídaselo a un gerente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>moved</source>
        <translation>movida</translation>
    </message>
</context>
<context>
    <name>msp::scheduling::ScheduleSnapshot</name>
    <message>
        <location filename="../model/scheduling/schedulesnapshot.cpp" line="+98"/>
        <source>%1 is taken from %2 to %3 by another appointment (%4, preparation and clean-up included). Choose another time, or one of the suggested slots.</source>
        <translation>%1 tiene otra cita de %2 a %3 (%4, incluidas la preparación y la limpieza). Elija otro horario o uno de los horarios sugeridos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another service</source>
        <translation>otro servicio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a service the clinic offers.</source>
        <translation>Seleccione un servicio que ofrezca la clínica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a practitioner of this clinic.</source>
        <translation>Seleccione un profesional de esta clínica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a start time.</source>
        <translation>Seleccione una hora de inicio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The appointment must end after it starts.</source>
        <translation>La cita debe terminar después de comenzar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An appointment with its preparation and clean-up can last at most a day.</source>
        <translation>Una cita, con su preparación y limpieza, puede durar como máximo un día.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 no longer takes appointments. Choose another practitioner.</source>
        <translation>%1 ya no recibe citas. Seleccione otro profesional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not qualified for %2. Choose a practitioner who is.</source>
        <translation>%1 no está habilitado para %2. Seleccione un profesional que lo esté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not work at this time. Choose a time inside their working hours.</source>
        <translation>%1 no trabaja en este horario. Elija un horario dentro de su jornada laboral.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a room of this clinic.</source>
        <translation>Seleccione una sala de esta clínica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a %2 room; %3 is not one. Choose another room.</source>
        <translation>%1 requiere una sala de tipo %2; %3 no lo es. Seleccione otra sala.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a %2 room and the clinic has none. Add one in the clinic settings or change the service.</source>
        <translation>%1 requiere una sala de tipo %2 y la clínica no tiene ninguna. Agregue una en la configuración de la clínica o cambie el servicio.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a device of this clinic.</source>
        <translation>Seleccione un equipo de esta clínica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a %2 device; %3 is not one. Choose another device.</source>
        <translation>%1 requiere un equipo de tipo %2; %3 no lo es. Seleccione otro equipo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a %2 device and the clinic has none. Add one in the clinic settings or change the service.</source>
        <translation>%1 requiere un equipo de tipo %2 y la clínica no tiene ninguno. Agregue uno en la configuración de la clínica o cambie el servicio.</translation>
    </message>
</context>
<context>
    <name>msp::security</name>
    <message>
        <location filename="../model/security/passwordhash.cpp" line="+30"/>
        <source>The password could not be protected (%1).</source>
        <translation>No se pudo proteger la contraseña (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key could not be derived (%1).</source>
        <translation>No se pudo derivar la clave (%1).</translation>
    </message>
</context>
<context>
    <name>msp::server</name>
    <message>
        <location filename="../sync/server/config.cpp" line="+30"/>
        <source>%1 must be a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>%1 debe ser un número entero de al menos %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--listen takes HOST:PORT, like 0.0.0.0:8443.</source>
        <translation>--listen recibe HOST:PUERTO, como 0.0.0.0:8443.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Usage: medspasync-server [init] [--config FILE] [--key value ...]

  init        create a clinic and its first admin (--org, --admin-email), print the
              one-time password and the TOTP enrolment URI, then exit

Options (also &quot;key = value&quot; lines in the --config file, or MEDSPASYNC_KEY variables):
</source>
        <translation>Uso: medspasync-server [init] [--config ARCHIVO] [--clave valor ...]

  init        crea una clínica y su primer administrador (--org, --admin-email), muestra la
              contraseña de un solo uso y el URI de registro TOTP, y sale

Opciones (también como líneas &quot;clave = valor&quot; en el archivo --config, o variables MEDSPASYNC_CLAVE):
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read options from FILE</source>
        <translation>lee las opciones de ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this text</source>
        <translation>muestra este texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown option &quot;%1&quot; in %2; see --help.</source>
        <translation>Opción desconocida &quot;%1&quot; en %2; consulte --help.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;; consulte --help.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the config file %1: %2.</source>
        <translation>No se puede leer el archivo de configuración %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2: expected &quot;key = value&quot;.</source>
        <translation>%1:%2: se esperaba &quot;clave = valor&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the command line</source>
        <translation>la línea de comandos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which database to use with --database CONNINFO.</source>
        <translation>Indique qué base de datos usar con --database CONNINFO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>init needs --org NAME and --admin-email EMAIL.</source>
        <translation>init necesita --org NOMBRE y --admin-email CORREO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server speaks TLS only: give --tls-cert FILE and --tls-key FILE.</source>
        <translation>El servidor solo usa TLS: indique --tls-cert ARCHIVO y --tls-key ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../sync/server/httpserver.cpp" line="+242"/>
        <source>The request body is larger than the server accepts; send smaller batches.</source>
        <translation>El cuerpo de la solicitud supera lo que acepta el servidor; envíe lotes más pequeños.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The request is not valid HTTP.</source>
        <translation>La solicitud no es HTTP válido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no stream at this address.</source>
        <translation>No hay ningún canal en esta dirección.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Cannot load the TLS certificate: %1</source>
        <translation>No se puede cargar el certificado TLS: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot load the TLS key: %1</source>
        <translation>No se puede cargar la clave TLS: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot listen on %1</source>
        <translation>No se puede escuchar en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot listen: %1</source>
        <translation>No se puede escuchar: %1</translation>
    </message>
    <message>
        <location filename="../sync/server/migrations.cpp" line="+35"/>
        <source>The database has schema version %1, newer than this server (%2); run the newer server.</source>
        <translation>La base de datos tiene la versión de esquema %1, más reciente que la de este servidor (%2); ejecute el servidor más reciente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not migrate the database: %1</source>
        <translation>No se pudo migrar la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../sync/server/mutationapplier.cpp" line="+79"/>
        <source>This time is already booked for the practitioner, room or device; pick another time.</source>
        <translation>Este horario ya está reservado para el profesional, la sala o el equipo; elija otro horario.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Your role (%1) may not overbook; ask a manager to.</source>
        <translation>Su rol (%1) no permite reservar con sobrecupo; pídaselo a un gerente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An appointment with this id exists already.</source>
        <translation>Ya existe una cita con este id.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The appointment does not exist on the server.</source>
        <translation>La cita no existe en el servidor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An appointment cannot go from %1 to %2.</source>
        <translation>Una cita no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A client with this id exists already.</source>
        <translation>Ya existe un cliente con este id.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+37"/>
        <source>The client does not exist on the server.</source>
        <translation>El cliente no existe en el servidor.</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n protected field(s) changed on another device too; see Needs attention.</source>
        <translation>
            <numerusform>%n campo protegido también cambió en otro dispositivo; consulte “Requiere atención”.</numerusform>
            <numerusform>%n campos protegidos también cambiaron en otro dispositivo; consulte “Requiere atención”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your role (%1) may not do &quot;%2&quot;; ask a clinic manager.</source>
        <translation>Su rol (%1) no permite hacer &quot;%2&quot;; pídaselo a un gerente de la clínica.</translation>
    </message>
    <message>
        <location filename="../sync/server/webhookevent.cpp" line="+47"/>
        <source>The body is not a JSON object (%1); Stripe sends events as JSON.</source>
        <translation>El cuerpo no es un objeto JSON (%1); Stripe envía los eventos en JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The event has no id or no type.</source>
        <translation>El evento no tiene id o no tiene tipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event has no creation time.</source>
        <translation>El evento no tiene fecha de creación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event carries no object with an id.</source>
        <translation>El evento no contiene ningún objeto con id.</translation>
    </message>
    <message>
        <location filename="../sync/server/accounts.cpp" line="+21"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sync/server/adminhandlers.cpp" line="+97"/>
        <source>The role must be admin, manager, front_desk or practitioner.</source>
        <translation>El rol debe ser admin, manager, front_desk o practitioner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with this email exists already.</source>
        <translation>Ya existe una cuenta con este correo electrónico.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>--token-key must be at least 32 bytes written as hex.</source>
        <translation>--token-key debe tener al menos 32 bytes escritos en hexadecimal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read the server settings: %1</source>
        <translation>No se pudo leer la configuración del servidor: %1</translation>
    </message>
    <message>
        <location filename="../sync/server/adminhandlers.cpp" line="-67"/>
        <source>Your role may not use this part of the console.</source>
        <translation>Su rol no permite usar esta parte de la consola.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The user id must be a UUID.</source>
        <translation>El id de usuario debe ser un UUID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No such user in this clinic.</source>
        <translation>No existe ese usuario en esta clínica.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The device id must be a UUID.</source>
        <translation>El id del dispositivo debe ser un UUID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No such device in this clinic.</source>
        <translation>No existe ese dispositivo en esta clínica.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The conflict id must be a UUID.</source>
        <translation>El id del conflicto debe ser un UUID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No open conflict with this id in this clinic.</source>
        <translation>No hay ningún conflicto abierto con este id en esta clínica.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>There is nothing at this address.</source>
        <translation>No hay nada en esta dirección.</translation>
    </message>
    <message>
        <location filename="../sync/server/api.cpp" line="+37"/>
        <source>Sign in first: send the access token as &quot;Authorization: Bearer ...&quot;.</source>
        <translation>Inicie sesión primero: envíe el token de acceso como &quot;Authorization: Bearer ...&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token has expired; refresh it and retry.</source>
        <translation>El token de acceso venció; renuévelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The access token is not valid for this server; sign in again.</source>
        <translation>El token de acceso no es válido para este servidor; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The access token names no known role; sign in again.</source>
        <translation>El token de acceso no indica ningún rol conocido; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device is not registered; sign in again.</source>
        <translation>Este dispositivo no está registrado; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An administrator revoked this device. Its local data will be erased; sign in on a registered device.</source>
        <translation>Un administrador revocó este dispositivo. Sus datos locales se borrarán; inicie sesión en un dispositivo registrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../sync/server/authhandlers.cpp" line="+101"/>
        <location line="+85"/>
        <source>This account is disabled; ask a clinic administrator.</source>
        <translation>Esta cuenta está desactivada; consulte a un administrador de la clínica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session has ended; sign in again.</source>
        <translation>Esta sesión terminó; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../sync/server/app.cpp" line="+54"/>
        <source>Migrations are not done yet.</source>
        <translation>Las migraciones todavía no terminaron.</translation>
    </message>
    <message>
        <location filename="../sync/server/authhandlers.cpp" line="-167"/>
        <source>Too many failed sign-ins. Wait %1 seconds and try again.</source>
        <translation>Demasiados inicios de sesión fallidos. Espere %1 segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The email or password is wrong.</source>
        <translation>El correo electrónico o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The authenticator code is wrong or was used already; enter the next code.</source>
        <translation>El código del autenticador es incorrecto o ya se usó; ingrese el código siguiente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This device belongs to another clinic.</source>
        <translation>Este dispositivo pertenece a otra clínica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>An administrator revoked this device. Its local data will be erased.</source>
        <translation>Un administrador revocó este dispositivo. Sus datos locales se borrarán.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The refresh token is not valid; sign in again.</source>
        <translation>El token de renovación no es válido; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This sign-in was used twice, so it has been ended for safety; sign in again.</source>
        <translation>Este inicio de sesión se usó dos veces, así que se cerró por seguridad; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session has expired; sign in again.</source>
        <translation>La sesión venció; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../sync/server/clientmerge.cpp" line="+92"/>
        <source>One of the two clients does not exist on the server.</source>
        <translation>Uno de los dos clientes no existe en el servidor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One of these clients was merged into another client on another device; scan for duplicates again.</source>
        <translation>Uno de estos clientes se fusionó con otro cliente en otro dispositivo; vuelva a buscar duplicados.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The client was merged into a different client; nothing was undone.</source>
        <translation>El cliente se fusionó con otro cliente distinto; no se deshizo nada.</translation>
    </message>
    <message>
        <location filename="../sync/server/pullhandler.cpp" line="+92"/>
        <source>The server closed the snapshot this first sync was reading (no page was asked for in time); push your outbox, then pull again from the start.</source>
        <translation>El servidor cerró la instantánea que leía esta primera sincronización (no se pidió ninguna página a tiempo); envíe su bandeja de salida y vuelva a descargar desde el principio.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The cursor belongs to another server database; push your outbox, then pull again from the start.</source>
        <translation>El cursor pertenece a otra base de datos del servidor; envíe su bandeja de salida y vuelva a descargar desde el principio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>limit must be a positive whole number.</source>
        <translation>limit debe ser un número entero positivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pending must be a whole number of at least 0.</source>
        <translation>pending debe ser un número entero de al menos 0.</translation>
    </message>
    <message>
        <location filename="../sync/server/pushhandler.cpp" line="+158"/>
        <source>Mutation %1 came before %2; resend the outbox from mutation %2.</source>
        <translation>El cambio %1 llegó antes que el %2; reenvíe la bandeja de salida desde el cambio %2.</translation>
    </message>
    <message>
        <location filename="../sync/server/recordapplier.cpp" line="+52"/>
        <source>&quot;%1&quot; is not a record change.</source>
        <translation>&quot;%1&quot; no es un cambio de registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; may not write a &quot;%2&quot; row.</source>
        <translation>&quot;%1&quot; no puede escribir una fila &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row %1 is sent twice in one change.</source>
        <translation>La fila %1 se envía dos veces en un mismo cambio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change carries no rows.</source>
        <translation>El cambio no contiene filas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These rows belong to another clinic.</source>
        <translation>Estas filas pertenecen a otra clínica.</translation>
    </message>
</context>
<context>
    <name>msp::server::App</name>
    <message>
        <location filename="../sync/server/app.cpp" line="+54"/>
        <source>This app speaks another sync protocol version; update the app.</source>
        <translation>Esta aplicación usa otra versión del protocolo de sincronización; actualice la aplicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This method is not allowed here.</source>
        <translation>Este método no está permitido aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing at this address.</source>
        <translation>No hay nada en esta dirección.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+13"/>
        <source>The database is unreachable; retry shortly.</source>
        <translation>No se puede acceder a la base de datos; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The server failed; retry, and quote request id %1 if it persists.</source>
        <translation>El servidor falló; vuelva a intentarlo y, si persiste, indique el id de solicitud %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>The server is busy; retry shortly.</source>
        <translation>El servidor está ocupado; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Retry shortly.</source>
        <translation>Vuelva a intentarlo en breve.</translation>
    </message>
</context>
<context>
    <name>msp::store</name>
    <message>
        <location filename="../model/store/appointmentrepository.cpp" line="+74"/>
        <source>the practitioner</source>
        <translation>el profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the room</source>
        <translation>la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device</source>
        <translation>el equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This time is taken: %1 is already booked then (appointment %2). Choose another time, practitioner or room.</source>
        <translation>Este horario está ocupado: %1 ya tiene una reserva a esa hora (cita %2). Elija otro horario, profesional o sala.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>An appointment that is %1 cannot be marked %2.</source>
        <translation>Una cita con estado %1 no se puede marcar como %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for the cancellation.</source>
        <translation>Indique un motivo para la cancelación.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../model/store/syncattention.cpp" line="+147"/>
        <source>This appointment no longer exists.</source>
        <translation>Esta cita ya no existe.</translation>
    </message>
    <message>
        <location filename="../model/store/auditlog.cpp" line="+124"/>
        <source>The audit log was altered at event %1: its record does not match the chain. Keep this database for investigation and contact your administrator.</source>
        <translation>El registro de auditoría fue alterado en el evento %1: su registro no coincide con la cadena. Conserve esta base de datos para la investigación y comuníquese con su administrador.</translation>
    </message>
    <message>
        <location filename="../model/store/clientrepository.cpp" line="+58"/>
        <source>This client record no longer exists. It may have been merged into another record; search for the client again.</source>
        <translation>Este registro de cliente ya no existe. Es posible que se haya combinado con otro registro; vuelva a buscar al cliente.</translation>
    </message>
    <message>
        <location filename="../model/store/clinicrepository.cpp" line="+31"/>
        <source>Enter the clinic&apos;s name.</source>
        <translation>Ingrese el nombre de la clínica.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This store has no clinic set up yet.</source>
        <translation>Estos datos todavía no tienen una clínica configurada.</translation>
    </message>
    <message>
        <location filename="../model/store/invoicerepository.cpp" line="+164"/>
        <source>This invoice no longer exists.</source>
        <translation>Esta factura ya no existe.</translation>
    </message>
    <message>
        <location filename="../model/store/permissions.cpp" line="+12"/>
        <source>Your role (%1) does not allow this. Ask a manager or an administrator to do it, or to change your role.</source>
        <translation>Su rol (%1) no permite hacer esto. Pida a un gerente o a un administrador que lo haga o que cambie su rol.</translation>
    </message>
    <message>
        <location filename="../model/store/practitionerrepository.cpp" line="+22"/>
        <source>Enter the practitioner&apos;s name.</source>
        <translation>Ingrese el nombre del profesional.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This practitioner no longer exists.</source>
        <translation>Este profesional ya no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the service&apos;s name.</source>
        <translation>Ingrese el nombre del servicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A service needs a duration above zero and buffers of zero or more minutes.</source>
        <translation>Un servicio necesita una duración mayor que cero y márgenes de cero o más minutos.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This service no longer exists.</source>
        <translation>Este servicio ya no existe.</translation>
    </message>
    <message>
        <location filename="../model/store/storeerrors.cpp" line="+11"/>
        <source>The clinic database could not be unlocked: %1. The key does not match this file, or the file is not a MedSpaSync Pro database. The file was not changed. If this store is protected by a passphrase, check it and try again; if the key was lost, restore the folder from a backup or start with another data folder (--data-dir).</source>
        <translation>No se pudo desbloquear la base de datos de la clínica: %1. La clave no corresponde a este archivo, o el archivo no es una base de datos de MedSpaSync Pro. El archivo no se modificó. Si estos datos están protegidos con una frase de contraseña, revísela y vuelva a intentarlo; si se perdió la clave, restaure la carpeta desde una copia de seguridad o comience con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clinic database %1 was written by a newer version of MedSpaSync Pro (format %2; this program knows up to %3). It was not opened and not changed. Install the latest version of MedSpaSync Pro to use it.</source>
        <translation>La base de datos de la clínica %1 fue escrita por una versión más reciente de MedSpaSync Pro (formato %2; este programa admite hasta el %3). No se abrió ni se modificó. Instale la versión más reciente de MedSpaSync Pro para usarla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clinic database %1 could not be used while %2: %3. Nothing was saved by this step. Check that the disk has free space and that the folder can be written, then try again.</source>
        <translation>No se pudo usar la base de datos de la clínica %1 (operación: %2): %3. Este paso no guardó nada. Verifique que el disco tenga espacio libre y que se pueda escribir en la carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../model/store/userrepository.cpp" line="+35"/>
        <source>Enter a user name.</source>
        <translation>Ingrese un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a password for this user.</source>
        <translation>Defina una contraseña para este usuario.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The user name or password is not right. Check Caps Lock and try again, or ask an administrator to reset your password.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Revise Bloq Mayús y vuelva a intentarlo, o pida a un administrador que restablezca su contraseña.</translation>
    </message>
    <message>
        <location filename="../model/store/syncattention.cpp" line="-84"/>
        <location line="+53"/>
        <source>This item was already resolved, here or on another device.</source>
        <translation>Este elemento ya se resolvió, aquí o en otro dispositivo.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Say why the booking goes ahead over another one; the reason is kept with the appointment.</source>
        <translation>Indique por qué la reserva se mantiene encima de otra; el motivo se guarda con la cita.</translation>
    </message>
    <message>
        <location filename="../model/store/searchindex.cpp" line="+108"/>
        <source>The client search index has no room left for this name. Export the clinic data and contact support.</source>
        <translation>El índice de búsqueda de clientes no tiene espacio para este nombre. Exporte los datos de la clínica y comuníquese con soporte.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A client to be indexed for search is missing. Try the change again.</source>
        <translation>Falta un cliente que debía indexarse para la búsqueda. Vuelva a intentar el cambio.</translation>
    </message>
    <message>
        <location filename="../model/store/recordrows.cpp" line="+233"/>
        <source>The change &quot;%1&quot; is not a record change.</source>
        <translation>El cambio &quot;%1&quot; no es un cambio de registros.</translation>
    </message>
    <message>
        <location filename="../model/store/syncreplica.cpp" line="+299"/>
        <source>A pulled page was applied outside its transaction. Sync again; nothing was written.</source>
        <translation>Una página recibida se aplicó fuera de su transacción. Vuelva a sincronizar; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>A pulled client could not be written. Sync again; nothing was written.</source>
        <translation>No se pudo guardar un cliente recibido. Vuelva a sincronizar; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../model/store/syncreplicaappointments.cpp" line="+190"/>
        <source>A pulled appointment could not be written. Sync again; nothing was written.</source>
        <translation>No se pudo guardar una cita recibida. Vuelva a sincronizar; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A pulled appointment&apos;s service is missing. Sync again; nothing was written.</source>
        <translation>Falta el servicio de una cita recibida. Vuelva a sincronizar; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>msp::stripe</name>
    <message>
        <location filename="../sync/stripe/curltransport.cpp" line="+68"/>
        <source>The network library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de red.</translation>
    </message>
    <message>
        <location filename="../sync/stripe/stripeerror.cpp" line="+19"/>
        <source>insufficient funds</source>
        <translation>fondos insuficientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was reported lost</source>
        <translation>la tarjeta fue reportada como extraviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card was reported stolen</source>
        <translation>la tarjeta fue reportada como robada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card has expired</source>
        <translation>la tarjeta está vencida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the security code is wrong</source>
        <translation>el código de seguridad es incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code is wrong</source>
        <translation>el código postal es incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card&apos;s limit was reached</source>
        <translation>se alcanzó el límite de la tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the bank refused it</source>
        <translation>el banco la rechazó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card could not be processed; try again</source>
        <translation>no se pudo procesar la tarjeta; vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../sync/stripe/webhooksignature.cpp" line="+86"/>
        <source>The signature is valid.</source>
        <translation>La firma es válida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Stripe-Signature header is missing or malformed.</source>
        <translation>Falta el encabezado Stripe-Signature o tiene un formato incorrecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signature matches: the body was changed or the signing secret is wrong.</source>
        <translation>Ninguna firma coincide: el cuerpo fue modificado o el secreto de firma es incorrecto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event is older than five minutes (a replay, or the server clock is wrong).</source>
        <translation>El evento tiene más de cinco minutos (es una repetición o el reloj del servidor está mal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No webhook signing secret is configured; start the server with --stripe-webhook-secret.</source>
        <translation>No hay un secreto de firma de webhook configurado; inicie el servidor con --stripe-webhook-secret.</translation>
    </message>
</context>
<context>
    <name>msp::stripe::StripeError</name>
    <message>
        <location filename="../sync/stripe/stripeerror.cpp" line="+70"/>
        <source>the bank refused it</source>
        <translation>el banco la rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card declined: %1</source>
        <translation>Tarjeta rechazada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Card not accepted: %1</source>
        <translation>Tarjeta no aceptada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe refused the clinic&apos;s API key. An administrator should enter the current secret key in Admin &gt; Payments.</source>
        <translation>Stripe rechazó la clave de API de la clínica. Un administrador debe ingresar la clave secreta vigente en Administración &gt; Pagos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe saw this payment before with different details, so nothing was charged again. Start a new payment.</source>
        <translation>Stripe ya recibió este pago con otros datos, así que no se volvió a cobrar nada. Inicie un pago nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe did not answer (HTTP %1). The payment may or may not have gone through; retrying is safe and will not charge twice.</source>
        <translation>Stripe no respondió (HTTP %1). Es posible que el pago se haya procesado o no; puede volver a intentarlo sin riesgo: no se cobrará dos veces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card reader is offline. Check that it is switched on and connected to the internet, or choose another reader.</source>
        <translation>El lector de tarjetas está desconectado. Compruebe que esté encendido y conectado a internet, o elija otro lector.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card reader is busy with another payment. Finish or cancel that one first, or choose another reader.</source>
        <translation>El lector de tarjetas está ocupado con otro pago. Termine o cancele ese pago primero, o elija otro lector.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe refused the request: %1</source>
        <translation>Stripe rechazó la solicitud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe refused the request (HTTP %1).</source>
        <translation>Stripe rechazó la solicitud (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>msp::stripe::StripeGateway</name>
    <message>
        <location filename="../sync/stripe/stripegateway.cpp" line="+105"/>
        <source>Stripe&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta de Stripe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe could not be reached (%1). Check the internet connection and try again: the payment keeps its key, so a retry cannot charge twice.</source>
        <translation>No se pudo conectar con Stripe (%1). Revise la conexión a internet y vuelva a intentarlo: el pago conserva su clave, así que un nuevo intento no puede cobrar dos veces.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A card payment must be more than zero.</source>
        <translation>Un pago con tarjeta debe ser mayor que cero.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A refund must be more than zero.</source>
        <translation>Un reembolso debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>msp::sync</name>
    <message>
        <location filename="../sync/client/mutationmapper.cpp" line="+98"/>
        <source>The change &quot;%1&quot; cannot be sent to the server.</source>
        <translation>El cambio &quot;%1&quot; no se puede enviar al servidor.</translation>
    </message>
    <message>
        <location filename="../sync/client/syncstatus.cpp" line="+12"/>
        <source>Offline — no sync server configured</source>
        <translation>Sin conexión — no hay un servidor de sincronización configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: sign in to the clinic&apos;s server</source>
        <translation>Sincronización: inicie sesión en el servidor de la clínica</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Synced, %n change(s) waiting</source>
        <translation>
            <numerusform>Sincronizado, %n cambio en espera</numerusform>
            <numerusform>Sincronizado, %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Syncing %n change(s)</source>
        <translation>
            <numerusform>Sincronizando %n cambio</numerusform>
            <numerusform>Sincronizando %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión desde las %1 — %n cambio en espera</numerusform>
            <numerusform>Sin conexión desde las %1 — %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync error: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device was removed from the clinic</source>
        <translation>Este dispositivo fue retirado de la clínica</translation>
    </message>
</context>
<context>
    <name>msp::sync::SyncEngine</name>
    <message>
        <location filename="../sync/client/syncengine.cpp" line="+125"/>
        <source>The sync server cannot be reached (%1). Check the network and the server address, then try again.</source>
        <translation>No se puede conectar con el servidor de sincronización (%1). Revise la red y la dirección del servidor, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Sync stopped on this device.</source>
        <translation>La sincronización se detuvo en este dispositivo.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The sync server sent a page whose cursor differs from its header. Sync again; if it persists, contact support.</source>
        <translation>El servidor de sincronización envió una página cuyo cursor no coincide con su cabecera. Vuelva a sincronizar; si se repite, contacte con soporte.</translation>
    </message>
</context>
<context>
    <name>msp::ui</name>
    <message>
        <location filename="../ui/checkout/receipt.cpp" line="+30"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authorisation</source>
        <translation>autorización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/sync/syncindicator.cpp" line="+29"/>
        <source>Changes are saved on this computer only. Set up the clinic&apos;s sync server on the Sync page.</source>
        <translation>Los cambios se guardan solo en esta computadora. Configure el servidor de sincronización de la clínica en la página Sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign this device in on the Sync page to share changes with the clinic.</source>
        <translation>Inicie sesión con este dispositivo en la página Sincronización para compartir los cambios con la clínica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything made here is on the clinic&apos;s server.</source>
        <translation>Todo lo hecho aquí ya está en el servidor de la clínica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending changes to the clinic&apos;s server and fetching theirs.</source>
        <translation>Enviando los cambios al servidor de la clínica y descargando los de los demás.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clinic&apos;s server cannot be reached. Keep working: changes are saved here and sent when it answers again.</source>
        <translation>No se puede conectar con el servidor de la clínica. Siga trabajando: los cambios se guardan aquí y se enviarán cuando vuelva a responder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkout/pendingpayments.cpp" line="+38"/>
        <source>The card was not charged: the app stopped before the payment was finished. Take the payment again.</source>
        <translation>No se cobró la tarjeta: la aplicación se detuvo antes de terminar el pago. Vuelva a cobrar el pago.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stripe is still processing this card payment.</source>
        <translation>Stripe todavía está procesando este pago con tarjeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stripe did not capture the card payment.</source>
        <translation>Stripe no capturó el pago con tarjeta.</translation>
    </message>
</context>
<context>
    <name>msp::ui::AdminPage</name>
    <message>
        <location filename="../ui/admin/adminpage.cpp" line="+25"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language changes the next time MedSpaSync starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie MedSpaSync.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. The language changes the next time MedSpaSync starts.</source>
        <translation>Guardado. El idioma cambiará la próxima vez que se inicie MedSpaSync.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store protection</source>
        <translation>Protección de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device ID</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 200 most recent events on this store, newest first. Events name records and fields, never their contents. The log cannot be edited.</source>
        <translation>Los 200 eventos más recientes de estos datos, del más nuevo al más antiguo. Los eventos nombran registros y campos, nunca su contenido. El registro no se puede modificar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only administrators and managers can see the audit log.</source>
        <translation>Solo los administradores y los gerentes pueden ver el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>msp::ui::AppointmentDayModel</name>
    <message>
        <location filename="../ui/calendar/appointmentdaymodel.cpp" line="+43"/>
        <source>Unknown client</source>
        <translation>Cliente desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown service</source>
        <translation>Servicio desconocido</translation>
    </message>
</context>
<context>
    <name>msp::ui::AppointmentDialog</name>
    <message>
        <location filename="../ui/calendar/appointmentdialog.cpp" line="+23"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>msp::ui::AttentionInbox</name>
    <message>
        <location filename="../ui/sync/attentioninbox.cpp" line="+68"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing consent</source>
        <translation>Consentimiento de marketing</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing needs your attention.</source>
        <translation>Nada requiere su atención.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Booking refused: %1</source>
        <translation>Reserva rechazada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client record: %1 changed on two devices</source>
        <translation>Expediente del cliente: %1 cambió en dos dispositivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an appointment no longer on this device</source>
        <translation>una cita que ya no está en este dispositivo</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sync server refused this booking</source>
        <translation>El servidor de sincronización rechazó esta reserva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the way: a booking made on another device, %1 to %2.</source>
        <translation>Lo impide una reserva hecha en otro dispositivo, de %1 a %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server suggested no free time nearby. Cancel this booking here and book the client again from the calendar.</source>
        <translation>El servidor no sugirió ningún horario libre cercano. Cancele esta reserva aquí y vuelva a reservar para el cliente desde el calendario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to this time</source>
        <translation>Mover a este horario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Free times for the same practitioner and room:</source>
        <translation>Horarios libres para el mismo profesional y la misma sala:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason (kept with the appointment)</source>
        <translation>Motivo (se guarda con la cita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overbook</source>
        <translation>Reservar con sobrecupo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Or keep this time anyway, next to the booking in the way:</source>
        <translation>O mantenga esta hora de todos modos, junto a la reserva que la ocupa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A manager or administrator can overbook this time if it must stay.</source>
        <translation>Un gerente o administrador puede reservar esta hora con sobrecupo si debe mantenerse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel this booking</source>
        <translation>Cancelar esta reserva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was changed here and on another device</source>
        <translation>%1 se cambió aquí y en otro dispositivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This field is never overwritten without asking. The record now shows the other device&apos;s value; choose which one is right.</source>
        <translation>Este campo nunca se sobrescribe sin preguntar. El expediente muestra ahora el valor del otro dispositivo; elija cuál es el correcto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typed on this device: %1</source>
        <translation>Escrito en este dispositivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the other device: %1</source>
        <translation>Del otro dispositivo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep theirs</source>
        <translation>Conservar el del otro dispositivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save this value</source>
        <translation>Guardar este valor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Or type the right value:</source>
        <translation>O escriba el valor correcto:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moved to %1. It shows as unconfirmed until the server accepts it.</source>
        <translation>Movida a %1. Se muestra como sin confirmar hasta que el servidor la acepte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept as an overbooking. It shows as unconfirmed until the server accepts it.</source>
        <translation>Se mantuvo como reserva con sobrecupo. Aparece sin confirmar hasta que el servidor la acepte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The booking was cancelled on this device.</source>
        <translation>La reserva se canceló en este dispositivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept the other device&apos;s value.</source>
        <translation>Se conservó el valor del otro dispositivo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That value is not valid.</source>
        <translation>Ese valor no es válido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept the value typed on this device.</source>
        <translation>Se conservó el valor escrito en este dispositivo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved the value you typed.</source>
        <translation>Se guardó el valor que escribió.</translation>
    </message>
</context>
<context>
    <name>msp::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/admin/auditlogmodel.cpp" line="+49"/>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed a client record</source>
        <translation>Consultó el expediente de un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created a client</source>
        <translation>Creó un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a client</source>
        <translation>Modificó un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned clients for duplicates</source>
        <translation>Buscó clientes duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged another record into this client</source>
        <translation>Combinó otro registro con este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged this record into another client</source>
        <translation>Combinó este registro con otro cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undid a merge of client records</source>
        <translation>Deshizo una combinación de registros de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked an appointment</source>
        <translation>Reservó una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed an appointment&apos;s status</source>
        <translation>Cambió el estado de una cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created an invoice</source>
        <translation>Creó una factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a practitioner</source>
        <translation>Guardó un profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a service</source>
        <translation>Guardó un servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a user account</source>
        <translation>Guardó una cuenta de usuario</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(unknown user)</source>
        <translation>(usuario desconocido)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>msp::ui::BookingDialog</name>
    <message>
        <location filename="../ui/calendar/bookingdialog.cpp" line="+36"/>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (clinic time)</source>
        <translation>Inicio (hora de la clínica)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next 5 free slots</source>
        <translation>Próximos 5 horarios libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next five times this week the service can be booked, with the chosen practitioner or anyone qualified.</source>
        <translation>Los próximos cinco horarios de esta semana en que se puede reservar el servicio, con el profesional elegido o con cualquier profesional habilitado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overbook anyway, because:</source>
        <translation>Reservar con sobrecupo de todos modos, porque:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (kept in the appointment&apos;s history and the audit log)</source>
        <translation>Motivo (se guarda en el historial de la cita y en el registro de auditoría)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/calendar/bookingdialogseries.cpp" line="+131"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book and take deposit…</source>
        <translation>Reservar y cobrar depósito…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Books the appointment, then takes a deposit for it: cash works offline, a card needs the internet.</source>
        <translation>Reserva la cita y luego cobra un depósito por ella: el efectivo funciona sin conexión; la tarjeta necesita internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Name, phone or e-mail</source>
        <translation>Nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No client chosen yet.</source>
        <translation>Todavía no se eligió ningún cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Booking for %1</source>
        <translation>Reserva para %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any qualified practitioner</source>
        <translation>Cualquier profesional habilitado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Any suitable room</source>
        <translation>Cualquier sala adecuada</translation>
    </message>
    <message>
        <location filename="../ui/calendar/bookingdialogslots.cpp" line="+33"/>
        <source>No active practitioner is qualified for this service.</source>
        <translation>Ningún profesional activo está habilitado para este servicio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No qualified practitioner is free then. %1</source>
        <translation>Ningún profesional habilitado está libre a esa hora. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a service.</source>
        <translation>Seleccione un servicio.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Free: %1 in %2.</source>
        <translation>Libre: %1 en %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>same practitioner</source>
        <translation>mismo profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another practitioner</source>
        <translation>otro profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another room</source>
        <translation>otra sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No free slot in the next two weeks.</source>
        <translation>No hay horarios libres en las próximas dos semanas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free instead (click to use):</source>
        <translation>Horarios libres en su lugar (haga clic para usar uno):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 with %3 in %4</source>
        <translation>%1 %2 con %3 en %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No free slot in the next seven days.</source>
        <translation>No hay horarios libres en los próximos siete días.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next free slots (click to use):</source>
        <translation>Próximos horarios libres (haga clic para usar uno):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the client first: search by name, phone or e-mail, or add a new client.</source>
        <translation>Primero elija el cliente: búsquelo por nombre, teléfono o correo electrónico, o agregue un cliente nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why this booking may overlap: the reason is kept in the audit log.</source>
        <translation>Indique por qué esta reserva puede superponerse: el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/bookingdialogseries.cpp" line="-99"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ending after</source>
        <translation>y termina tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ending on</source>
        <translation>y termina el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> appointments</source>
        <translation> citas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location line="+57"/>
        <source> day</source>
        <translation> día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> week</source>
        <translation> semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> month</source>
        <translation> mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Book series</source>
        <translation>Reservar serie</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Free instead:</source>
        <translation>Libre en su lugar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Book this appointment of the series at this time instead; the booking rules check it again first.</source>
        <translation>Reservar esta cita de la serie a esta hora; antes, las reglas de reserva la vuelven a comprobar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That time is no longer free: %1 Pick another one.</source>
        <translation>Esa hora ya no está libre: %1 Elija otra.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 %2 with %3</source>
        <translation>%1 %2 con %3</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Free instead: %1</source>
        <translation>Libre en su lugar: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>None of the appointments in this series can be booked. Choose another time or practitioner.</source>
        <translation>No se puede reservar ninguna cita de esta serie. Elija otro horario u otro profesional.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+15"/>
        <source>Nothing is booked yet.</source>
        <translation>Todavía no se ha reservado nada.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Moved: %1 → %2 with %3</source>
        <translation>Movida: %1 → %2 con %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All %1 appointments can be booked, %2 of them at the times you chose instead:</source>
        <translation>Se pueden reservar las %1 citas, %2 de ellas a las horas que eligió en su lugar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book all %1</source>
        <translation>Reservar las %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the %2 appointments cannot be booked. Change the series, pick a free time for them, or book the other %3 and keep these dates as exceptions:</source>
        <translation>No se pueden reservar %1 de las %2 citas. Cambie la serie, elija una hora libre para ellas o reserve las otras %3 y deje estas fechas como excepciones:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Book the other %1</source>
        <translation>Reservar las otras %1</translation>
    </message>
</context>
<context>
    <name>msp::ui::CalendarPage</name>
    <message>
        <location filename="../ui/calendar/calendarpagebuild.cpp" line="+58"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Día o semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today (T)</source>
        <translation>Hoy (T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next day or week (Alt+Right)</source>
        <translation>Día o semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By practitioner</source>
        <translation>Por profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By room</source>
        <translation>Por sala</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Longer rows (Ctrl+wheel, −)</source>
        <translation>Filas más altas (Ctrl+rueda, −)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shorter rows (Ctrl+wheel, +)</source>
        <translation>Filas más bajas (Ctrl+rueda, +)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1-minute rows</source>
        <translation>Filas de %1 minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book an appointment (N)</source>
        <translation>Reservar una cita (N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the shown practitioner&apos;s appointments as a calendar file (no client details unless the clinic turned them on).</source>
        <translation>Guarda las citas del profesional mostrado como archivo de calendario (sin datos de clientes, salvo que la clínica lo haya activado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Times in %1</source>
        <translation>Horarios en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar shows the clinic&apos;s local time, whatever this computer&apos;s time zone is.</source>
        <translation>El calendario muestra la hora local de la clínica, sin importar la zona horaria de esta computadora.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No practitioners are set up on this store yet, so the calendar has no columns. Practitioners arrive with the clinic&apos;s data at the first sync.</source>
        <translation>Todavía no hay profesionales configurados en estos datos, por lo que el calendario no tiene columnas. Los profesionales llegan con los datos de la clínica en la primera sincronización.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waitlisted clients who fit the freed time</source>
        <translation>Clientes en lista de espera que encajan en el horario liberado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot drop here: %1</source>
        <translation>No se puede soltar aquí: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/calendarpage.cpp" line="+178"/>
        <source>The booking rules could not be read; moving appointments is off until the calendar reloads.</source>
        <translation>No se pudieron leer las reglas de reserva; no se pueden mover citas hasta que se vuelva a cargar el calendario.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No appointments</source>
        <translation>Sin citas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 appointments</source>
        <translation>%1 citas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 unconfirmed</source>
        <translation>%1 sin confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconfirmed bookings are drawn with a dashed border until the sync server accepts them.</source>
        <translation>Las reservas sin confirmar se muestran con un borde punteado hasta que el servidor de sincronización las acepte.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/calendaractions.cpp" line="+41"/>
        <source>%1 for %2, %3 %4 with %5</source>
        <translation>%1 para %2, %3 %4 con %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the appointment</source>
        <translation>la cita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This appointment is no longer on the calendar.</source>
        <translation>Esta cita ya no está en el calendario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The booking rules could not be read.</source>
        <translation>No se pudieron leer las reglas de reserva.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Booked a series of %1 appointments, the first: %2.</source>
        <translation>Serie de %1 citas reservada; la primera: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked: %1.</source>
        <translation>Reservada: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+23"/>
        <location line="+33"/>
        <location filename="../ui/calendar/calendarpagebuild.cpp" line="+3"/>
        <source>Not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Change the length of %1</source>
        <translation>Cambiar la duración de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed the length: %1.</source>
        <translation>Duración cambiada: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved: %1.</source>
        <translation>Movida: %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changed %1 appointments of the series.</source>
        <translation>Se cambiaron %1 citas de la serie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An appointment that is %1 cannot be cancelled.</source>
        <translation>Una cita con estado %1 no se puede cancelar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled %1 appointments of the series from %2.</source>
        <translation>Se cancelaron %1 citas de la serie a partir de %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled: %1.</source>
        <translation>Cancelada: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marked as a no-show; the clinic&apos;s no-show fee is flagged for checkout.</source>
        <translation>Marcada como no se presentó; el cargo por no presentarse de la clínica queda señalado para el cobro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed to %1.</source>
        <translation>Estado cambiado a %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A waitlisted client</source>
        <translation>Un cliente en lista de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 at %3 with %4</source>
        <translation>%1 — %2 a las %3 con %4</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose whose calendar to export: click in a practitioner&apos;s column or pick one for the week view.</source>
        <translation>Elija qué calendario exportar: haga clic en la columna de un profesional o elija uno para la vista semanal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar saved to %1.</source>
        <translation>Calendario guardado en %1.</translation>
    </message>
</context>
<context>
    <name>msp::ui::CancelDialog</name>
    <message>
        <location filename="../ui/calendar/canceldialog.cpp" line="+18"/>
        <location line="+9"/>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel %1?</source>
        <translation>¿Cancelar %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason, e.g. client asked, illness, clinic closed</source>
        <translation>Motivo, p. ej., lo pidió el cliente, enfermedad, clínica cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client asked</source>
        <translation>Lo pidió el cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client is ill</source>
        <translation>El cliente está enfermo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practitioner unavailable</source>
        <translation>Profesional no disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clinic closed</source>
        <translation>Clínica cerrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it</source>
        <translation>Mantener la cita</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why? The reason is kept in the appointment&apos;s history.</source>
        <translation>¿Por qué? El motivo se guarda en el historial de la cita.</translation>
    </message>
</context>
<context>
    <name>msp::ui::CandidateDialog</name>
    <message>
        <location filename="../ui/reconcile/candidatedialog.cpp" line="+22"/>
        <source>Pick another candidate</source>
        <translation>Elegir otro candidato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pair %1, %2 on %3 with:</source>
        <translation>Emparejar %1, %2 del %3 con:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 · %3 — %4: %5</source>
        <translation>%1 · %2 · %3 — %4: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing on the other side could pair with this item.</source>
        <translation>Nada del otro lado puede emparejarse con este elemento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair with this one</source>
        <translation>Emparejar con este</translation>
    </message>
</context>
<context>
    <name>msp::ui::CardCharger</name>
    <message>
        <location filename="../ui/checkout/cardcharger.cpp" line="+56"/>
        <source>Card payment of %1 approved.</source>
        <translation>Pago con tarjeta de %1 aprobado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card needs the cardholder to confirm with their bank; use the card reader instead.</source>
        <translation>La tarjeta requiere que el titular confirme el pago con su banco; use el lector de tarjetas en su lugar.</translation>
    </message>
</context>
<context>
    <name>msp::ui::CheckoutPage</name>
    <message>
        <location filename="../ui/checkout/checkoutpage.cpp" line="+36"/>
        <source>Start checkout</source>
        <translation>Iniciar cobro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take deposit...</source>
        <translation>Cobrar depósito...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge fee...</source>
        <translation>Cobrar cargo...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+63"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add product</source>
        <translation>Agregar producto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retail:</source>
        <translation>Venta de productos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply discount</source>
        <translation>Aplicar descuento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount:</source>
        <translation>Descuento:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip for the practitioner</source>
        <translation>Propina para el profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set tip</source>
        <translation>Aplicar propina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip:</source>
        <translation>Propina:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Authorisation code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reward value</source>
        <translation>Valor de la recompensa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift card number</source>
        <translation>Número de tarjeta de regalo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card details (no reader)</source>
        <translation>Datos de la tarjeta (sin lector)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel reader payment</source>
        <translation>Cancelar el pago en el lector</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save receipt as PDF...</source>
        <translation>Guardar recibo como PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt...</source>
        <translation>Imprimir recibo...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open invoice</source>
        <translation>Abrir factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund...</source>
        <translation>Reembolsar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past invoices:</source>
        <translation>Facturas anteriores:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>(cancelled)</source>
        <translation>(cancelada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no-show)</source>
        <translation>(inasistencia)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an appointment to check out.</source>
        <translation>Seleccione una cita para cobrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This appointment was cancelled, so there is nothing to check out. Charge a late-cancellation fee instead, if the clinic&apos;s policy has one.</source>
        <translation>Esta cita se canceló, así que no hay nada que cobrar. Cobre en su lugar un cargo por cancelación tardía, si la política de la clínica lo prevé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This appointment already has an invoice; showing it.</source>
        <translation>Esta cita ya tiene una factura; se muestra a continuación.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Discount %1 %</source>
        <translation>Descuento %1 %</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Subtotal %1   Tax %2   Total %3   Paid %4</source>
        <translation>Subtotal %1   Impuesto %2   Total %3   Pagado %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance due: %1</source>
        <translation>Saldo pendiente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an appointment and start checkout.</source>
        <translation>Seleccione una cita e inicie el cobro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A deposit of %1 is held for this appointment; it is applied with the first payment, leaving %2.</source>
        <translation>Hay un depósito de %1 retenido para esta cita; se aplica con el primer pago y quedan %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Paid in full by the deposit.</source>
        <translation>Pagada en su totalidad con el depósito.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 of %2 recorded.</source>
        <translation>Se registraron %1 de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change due: %1.</source>
        <translation>Cambio a entregar: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in full.</source>
        <translation>Pagado en su totalidad.</translation>
    </message>
    <message>
        <location filename="../ui/checkout/checkoutpagecard.cpp" line="+21"/>
        <source>Card payments are not set up on this computer: an administrator adds the Stripe key in Admin &gt; Payments. Take cash, a gift card or a loyalty reward instead.</source>
        <translation>Los pagos con tarjeta no están configurados en esta computadora: un administrador debe agregar la clave de Stripe en Administración &gt; Pagos. Mientras tanto, acepte efectivo, una tarjeta de regalo o una recompensa de fidelidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card payments need an internet connection, and this computer is offline. Cash, gift cards and loyalty rewards still work and will sync later; try the card again once online.</source>
        <translation>Los pagos con tarjeta requieren conexión a internet y esta computadora está sin conexión. El efectivo, las tarjetas de regalo y las recompensas de fidelidad siguen funcionando y se sincronizarán más tarde; vuelva a intentar con la tarjeta cuando haya conexión.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charging the card...</source>
        <translation>Cobrando a la tarjeta...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An earlier card payment of this invoice got no answer; asking Stripe about it first...</source>
        <translation>Un pago con tarjeta anterior de esta factura no recibió respuesta; primero se consulta a Stripe...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The earlier card payment of %1 went through; it is now recorded.</source>
        <translation>El pago con tarjeta anterior de %1 se realizó; ahora está registrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The earlier card payment was not charged. Take the card payment again.</source>
        <translation>El pago con tarjeta anterior no se cobró. Vuelva a cobrar con tarjeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe has not answered about the earlier card payment yet (%1). Try again in a moment; the card will not be charged twice.</source>
        <translation>Stripe todavía no respondió sobre el pago con tarjeta anterior (%1). Vuelva a intentarlo en un momento; la tarjeta no se cobrará dos veces.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reader: %1</source>
        <translation>Lector: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader: %1 (offline)</source>
        <translation>Lector: %1 (desconectado)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending %1 to the reader &quot;%2&quot;...</source>
        <translation>Enviando %1 al lector &quot;%2&quot;...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Present the card on the reader &quot;%1&quot; (%2). Waiting for the card...</source>
        <translation>Presente la tarjeta en el lector &quot;%1&quot; (%2). Esperando la tarjeta...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling the reader payment...</source>
        <translation>Cancelando el pago en el lector...</translation>
    </message>
    <message>
        <location filename="../ui/checkout/checkoutpagereceipt.cpp" line="+22"/>
        <location line="+22"/>
        <source>Take a payment first; the receipt is of a saved invoice.</source>
        <translation>Primero registre un pago; el recibo corresponde a una factura guardada.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Receipt saved.</source>
        <translation>Recibo guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The receipt could not be saved there. Choose another folder.</source>
        <translation>No se pudo guardar el recibo en esa ubicación. Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save receipt</source>
        <translation>Guardar recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Receipt sent to the printer.</source>
        <translation>Recibo enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../ui/checkout/checkoutpagedeposits.cpp" line="+21"/>
        <source>Choose the appointment the deposit is for.</source>
        <translation>Elija la cita a la que corresponde el depósito.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the appointment the fee is for.</source>
        <translation>Elija la cita a la que corresponde el cargo.</translation>
    </message>
    <message>
        <location filename="../ui/checkout/checkoutpageinvoices.cpp" line="+19"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>refunded</source>
        <translation>reembolsada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>void</source>
        <translation>anulada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2  %3 (%4)</source>
        <translation>%1  %2  %3 (%4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an invoice to open.</source>
        <translation>Elija una factura para abrir.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open a paid invoice first; only money that was taken can go back.</source>
        <translation>Abra primero una factura pagada; solo se puede devolver dinero que se haya cobrado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>paid into the bank</source>
        <translation>depositado en el banco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on its way to the bank</source>
        <translation>en camino al banco</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Card payment of %1: Stripe reports it %2.</source>
        <translation>Pago con tarjeta de %1: según Stripe, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refunded.</source>
        <translation>%1 reembolsado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Latest Stripe payout: %1, %2</source>
        <translation>Último pago de Stripe a la clínica: %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(arrival %1)</source>
        <translation>(llegada %1)</translation>
    </message>
</context>
<context>
    <name>msp::ui::ClientForm</name>
    <message>
        <location filename="../ui/clients/clientform.cpp" line="+45"/>
        <source>Legal first name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal last name</source>
        <translation>Apellido legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client likes to be called</source>
        <translation>Cómo prefiere que le llamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(555) 123-4567</source>
        <translation>(555) 123-4567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known allergies, e.g. lidocaine, latex. Leave empty when none are known.</source>
        <translation>Alergias conocidas, p. ej., lidocaína, látex. Déjelo vacío si no se conoce ninguna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything staff must see first, e.g. pregnant, pacemaker</source>
        <translation>Lo que el personal debe ver primero, p. ej., embarazo, marcapasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agrees to receive offers and news by e-mail or text</source>
        <translation>Acepta recibir ofertas y novedades por correo electrónico o mensaje de texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required: the legal first and last name, and a phone number or an e-mail address.</source>
        <translation>Obligatorio: el nombre y el apellido legales, y un número de teléfono o un correo electrónico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client since %1</source>
        <translation>Cliente desde %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Client created.</source>
        <translation>Cliente creado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
</context>
<context>
    <name>msp::ui::ClientListModel</name>
    <message>
        <location filename="../ui/clients/clientlistmodel.cpp" line="+93"/>
        <source>Legal name: %1</source>
        <translation>Nombre legal: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>msp::ui::ClientSearchModel</name>
    <message>
        <location filename="../ui/calendar/clientsearchmodel.cpp" line="+52"/>
        <source>born %1</source>
        <translation>nació el %1</translation>
    </message>
</context>
<context>
    <name>msp::ui::ClientsPage</name>
    <message>
        <location filename="../ui/clients/clientspage.cpp" line="+39"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, phone or e-mail</source>
        <translation>Buscar por nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find records that may be the same person and merge them</source>
        <translation>Buscar registros que pueden ser la misma persona y combinarlos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a client from the list to see their details,
or create a new client.</source>
        <translation>Seleccione un cliente de la lista para ver sus datos,
o cree un nuevo cliente.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Showing the first %1 clients. Type more to narrow the list.</source>
        <translation>Se muestran los primeros %1 clientes. Escriba más para acotar la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No client matches “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 clients</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new client has not been saved yet.</source>
        <translation>El nuevo cliente aún no se ha guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to this client have not been saved yet.</source>
        <translation>Sus cambios en este cliente aún no se han guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save them now, discard them, or stay on this client.</source>
        <translation>Guárdelos ahora, descártelos o permanezca en este cliente.</translation>
    </message>
</context>
<context>
    <name>msp::ui::CsvPreviewModel</name>
    <message>
        <location filename="../ui/reconcile/csvpreviewmodel.cpp" line="+48"/>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
</context>
<context>
    <name>msp::ui::DayHeader</name>
    <message>
        <location filename="../ui/calendar/dayheader.cpp" line="+69"/>
        <source>Not working</source>
        <translation>No trabaja</translation>
    </message>
</context>
<context>
    <name>msp::ui::DayView</name>
    <message>
        <location filename="../ui/calendar/dayviewpaint.cpp" line="+157"/>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unconfirmed: booked on this device and not yet accepted by the sync server.</source>
        <translation>Sin confirmar: reservada en este dispositivo y aún no aceptada por el servidor de sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the sync server: the slot was taken. Rebook this client.</source>
        <translation>Rechazada por el servidor de sincronización: el horario ya estaba ocupado. Vuelva a reservar para este cliente.</translation>
    </message>
</context>
<context>
    <name>msp::ui::DecisionLogModel</name>
    <message>
        <location filename="../ui/reconcile/decisionlogmodel.cpp" line="+45"/>
        <source>(no longer in the records)</source>
        <translation>(ya no está en los registros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accepted (%1)</source>
        <translation>Aceptada (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected (%1)</source>
        <translation>Rechazada (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone by %1 on %2 %3</source>
        <translation>Deshecha por %1 el %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold (tender line)</source>
        <translation>Vendido (línea de pago)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported (portal or payout)</source>
        <translation>Informado (portal o liquidación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>msp::ui::DecisionsDialog</name>
    <message>
        <location filename="../ui/reconcile/decisionsdialog.cpp" line="+28"/>
        <source>Reconciliation decisions</source>
        <translation>Decisiones de conciliación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions on %1</source>
        <translation>Decisiones sobre %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pair staff accepted or rejected, newest first. Undo (U) puts an accepted match back in the bands and lets a rejected pair be proposed again; the matcher stops learning from it.</source>
        <translation>Cada par que el personal aceptó o rechazó, los más recientes primero. Deshacer (U) devuelve una coincidencia aceptada a las bandas y permite que un par rechazado se vuelva a proponer; el emparejador deja de aprender de esa decisión.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo decision</source>
        <translation>&amp;Deshacer la decisión</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No decisions yet: accept or reject pairs on the Reconciliation page.</source>
        <translation>Todavía no hay decisiones: acepte o rechace pares en la página de Conciliación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This decision was already undone.</source>
        <translation>Esta decisión ya se deshizo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone: the match is back in the bands, scored afresh.</source>
        <translation>Deshecho: la coincidencia volvió a las bandas con una puntuación nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: the pair may be proposed again.</source>
        <translation>Deshecho: el par se puede volver a proponer.</translation>
    </message>
</context>
<context>
    <name>msp::ui::DepositDialog</name>
    <message>
        <location filename="../ui/checkout/depositdialog.cpp" line="+31"/>
        <location line="+24"/>
        <source>Take deposit</source>
        <translation>Cobrar depósito</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Gift card number</source>
        <translation>Número de tarjeta de regalo</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Paid by:</source>
        <translation>Pagado con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Monto:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 on %2. Deposit held now: %3.</source>
        <translation>%1 el %2. Depósito retenido ahora: %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deposit of %1 recorded; checkout applies it.</source>
        <translation>Depósito de %1 registrado; el cobro lo aplica.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Card payments are not set up on this computer: an administrator adds the Stripe key in Admin &gt; Payments. Take the deposit in cash or by gift card instead.</source>
        <translation>Los pagos con tarjeta no están configurados en esta computadora: un administrador agrega la clave de Stripe en Administración &gt; Pagos. Cobre el depósito en efectivo o con tarjeta de regalo.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A card deposit needs an internet connection, and this computer is offline. Cash and gift card deposits still work and will sync later.</source>
        <translation>Un depósito con tarjeta necesita conexión a internet y esta computadora está sin conexión. Los depósitos en efectivo y con tarjeta de regalo siguen funcionando y se sincronizarán más tarde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set by Stripe</source>
        <translation>La asigna Stripe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number (optional)</source>
        <translation>Número de recibo (opcional)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Charging the card...</source>
        <translation>Cobrando a la tarjeta...</translation>
    </message>
</context>
<context>
    <name>msp::ui::DepositRefundDialog</name>
    <message>
        <location filename="../ui/checkout/depositrefunddialog.cpp" line="+25"/>
        <source>Refund deposit</source>
        <translation>Reembolsar depósito</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why the deposit goes back (required)</source>
        <translation>Por qué se devuelve el depósito (obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Monto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This deposit is no longer held; nothing is left to refund.</source>
        <translation>Este depósito ya no está retenido; no queda nada por reembolsar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 held, paid by card. It goes back to the same card through Stripe.</source>
        <translation>%1 retenidos, pagados con tarjeta. Se devuelven a la misma tarjeta a través de Stripe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 held, paid by %2. Give it back the same way.</source>
        <translation>%1 retenidos, pagados con %2. Devuélvalos de la misma forma.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This deposit goes back to the card, and card payments are not set up on this computer: an administrator adds the Stripe key in Admin &gt; Payments.</source>
        <translation>Este depósito se devuelve a la tarjeta, y los pagos con tarjeta no están configurados en este equipo: un administrador añade la clave de Stripe en Administración &gt; Pagos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This deposit goes back to the card, which needs an internet connection, and this computer is offline. Nothing was refunded; try again once online.</source>
        <translation>Este depósito se devuelve a la tarjeta, lo que necesita conexión a internet, y este equipo está sin conexión. No se reembolsó nada; vuelva a intentarlo cuando haya conexión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refund of %1 recorded; give it to the client.</source>
        <translation>Reembolso de %1 registrado; entrégueselo al cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the card refund to Stripe...</source>
        <translation>Enviando el reembolso a la tarjeta a Stripe...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stripe accepted the refund of %1 to the card.</source>
        <translation>Stripe aceptó el reembolso de %1 a la tarjeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refund did not go through: %1</source>
        <translation>El reembolso a la tarjeta no se realizó: %1</translation>
    </message>
</context>
<context>
    <name>msp::ui::DepositsPanel</name>
    <message>
        <location filename="../ui/checkout/depositspanel.cpp" line="+20"/>
        <source>held</source>
        <translation>retenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied at checkout</source>
        <translation>aplicado en caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept for a fee</source>
        <translation>retenido por un cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Take deposit…</source>
        <translation>Cobrar depósito…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund deposit…</source>
        <translation>Reembolsar depósito…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deposit %1 by %2, %3</source>
        <translation>Depósito de %1 con %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>    Refunded %1: %2</source>
        <translation>    Reembolsado %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(waiting for Stripe)</source>
        <translation>(esperando a Stripe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No deposit taken.</source>
        <translation>No se ha cobrado ningún depósito.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A manager or an administrator refunds deposits.</source>
        <translation>Los depósitos los reembolsa un gerente o un administrador.</translation>
    </message>
</context>
<context>
    <name>msp::ui::DuplicatesDialog</name>
    <message>
        <location filename="../ui/clients/duplicatesdialog.cpp" line="+52"/>
        <source>Duplicate clients</source>
        <translation>Clientes duplicados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and merge…</source>
        <translation>Revisar y combinar…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo merge</source>
        <translation>Deshacer combinación</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No likely duplicates among your clients.</source>
        <translation>No hay duplicados probables entre sus clientes.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) of records that may be the same person. Select a pair and choose &quot;Review and merge…&quot;.</source>
        <translation>
            <numerusform>%n grupo de registros que pueden ser la misma persona. Seleccione un par y elija &quot;Revisar y combinar…&quot;.</numerusform>
            <numerusform>%n grupos de registros que pueden ser la misma persona. Seleccione un par y elija &quot;Revisar y combinar…&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merged. %1 is kept; %2 moved to it.</source>
        <translation>Combinado. Se conserva %1; se le trasladó: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Merge undone: %1 and %2 are separate records again.</source>
        <translation>Combinación deshecha: %1 y %2 vuelven a ser registros separados.</translation>
    </message>
</context>
<context>
    <name>msp::ui::DuplicatesModel</name>
    <message>
        <location filename="../ui/clients/duplicatesmodel.cpp" line="+71"/>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>msp::ui::EnrolmentQrView</name>
    <message>
        <location filename="../ui/sync/enrolmentqr.cpp" line="+43"/>
        <source>otpauth://totp/…  (printed by the sync server when the account was made)</source>
        <translation>otpauth://totp/…  (lo muestra el servidor de sincronización al crear la cuenta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the account&apos;s otpauth link, then scan the code with an authenticator app (Google Authenticator, 1Password, Authy …). The link is a secret: nothing here keeps it.</source>
        <translation>Pegue el enlace otpauth de la cuenta y luego escanee el código con una aplicación de autenticación (Google Authenticator, 1Password, Authy…). El enlace es secreto: aquí no se guarda.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That is not an otpauth link with a secret. Copy the whole line that starts with otpauth://totp/.</source>
        <translation>Ese no es un enlace otpauth con un secreto. Copie la línea completa que empieza con otpauth://totp/.</translation>
    </message>
</context>
<context>
    <name>msp::ui::FeeDialog</name>
    <message>
        <location filename="../ui/checkout/feedialog.cpp" line="+21"/>
        <source>No-show or late-cancellation fee</source>
        <translation>Cargo por inasistencia o cancelación tardía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No-show fee</source>
        <translation>Cargo por inasistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late-cancellation fee</source>
        <translation>Cargo por cancelación tardía</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Charge fee</source>
        <translation>Cobrar cargo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The clinic&apos;s policy sets a fee of %1.</source>
        <translation>La política de la clínica fija un cargo de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clinic&apos;s policy sets no such fee.</source>
        <translation>La política de la clínica no fija ese cargo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deposit of %1 pays %2 of it.</source>
        <translation>El depósito de %1 cubre %2 de él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clinic keeps the remaining %1 of the deposit (forfeited).</source>
        <translation>La clínica se queda con los %1 restantes del depósito (no reembolsable).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is left to pay.</source>
        <translation>Quedan %1 por pagar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deposit is held; the fee is left to pay.</source>
        <translation>No hay ningún depósito retenido; el cargo queda por pagar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>The appointment is marked a no-show.</source>
        <translation>La cita queda marcada como inasistencia.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fee of %1 charged.</source>
        <translation>Cargo de %1 cobrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deposit paid %1 of it.</source>
        <translation>El depósito pagó %1 de él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clinic keeps %1 of the deposit.</source>
        <translation>La clínica se queda con %1 del depósito.</translation>
    </message>
</context>
<context>
    <name>msp::ui::ImportDialog</name>
    <message>
        <location filename="../ui/reconcile/importdialog.cpp" line="+31"/>
        <source>Import a file to reconcile</source>
        <translation>Importar un archivo para conciliar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a CSV export…</source>
        <translation>Elija una exportación CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file to import</source>
        <translation>Elija un archivo para importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As detected</source>
        <translation>Según se detectó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the file is</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name for this mapping</source>
        <translation>Nombre para esta asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which column holds each field</source>
        <translation>Qué columna contiene cada campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows that will be skipped</source>
        <translation>Filas que se omitirán</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file %1 could not be read: %2. Check that it exists and that you may open it.</source>
        <translation>No se pudo leer el archivo %1: %2. Compruebe que existe y que puede abrirlo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../ui/reconcile/importdialogmapping.cpp" line="+38"/>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <location filename="../ui/reconcile/importdialogmapping.cpp" line="-16"/>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab-separated</source>
        <translation>separado por tabuladores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bar-separated</source>
        <translation>separado por barras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 · %2 · dates read as %3</source>
        <translation>%1 · %2 · fechas leídas como %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) read, %1 to import</source>
        <translation>
            <numerusform>%n fila leída, %1 para importar</numerusform>
            <numerusform>%n filas leídas, %1 para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) with problems are skipped</source>
        <translation>
            <numerusform>se omite %n fila con problemas</numerusform>
            <numerusform>se omiten %n filas con problemas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>Se guardó la plantilla &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This file was already imported on %1; nothing was added.</source>
        <translation>Este archivo ya se importó el %1; no se añadió nada.</translation>
    </message>
</context>
<context>
    <name>msp::ui::ImportListModel</name>
    <message>
        <location filename="../ui/reconcile/importlistmodel.cpp" line="+49"/>
        <source>%1 rows read, %2 added, %3 already imported by an earlier file</source>
        <translation>%1 filas leídas, %2 agregadas, %3 ya importadas por un archivo anterior</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>built-in layout</source>
        <translation>formato predefinido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(deleted preset)</source>
        <translation>(formato guardado eliminado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone on another device</source>
        <translation>alguien en otro dispositivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Formato guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad rows</source>
        <translation>Filas con problemas</translation>
    </message>
</context>
<context>
    <name>msp::ui::ImportsDialog</name>
    <message>
        <location filename="../ui/reconcile/importsdialog.cpp" line="+22"/>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Open to reconcile</source>
        <translation>&amp;Abrir para conciliar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decisions…</source>
        <translation>&amp;Decisiones…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing imported yet: use Import file… on the Reconciliation page.</source>
        <translation>Todavía no se importó nada: use Importar archivo… en la página de Conciliación.</translation>
    </message>
</context>
<context>
    <name>msp::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/logindialog.cpp" line="+21"/>
        <source>Sign in — MedSpaSync Pro</source>
        <translation>Iniciar sesión — MedSpaSync Pro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MedSpaSync Pro</source>
        <translation>MedSpaSync Pro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your clinic account.</source>
        <translation>Inicie sesión con su cuenta de la clínica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. frontdesk</source>
        <translation>p. ej., frontdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Enter your user name.</source>
        <translation>Ingrese su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Ingrese su contraseña.</translation>
    </message>
</context>
<context>
    <name>msp::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+41"/>
        <location line="+54"/>
        <source>MedSpaSync Pro</source>
        <translation>MedSpaSync Pro</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 — MedSpaSync Pro</source>
        <translation>%1 — MedSpaSync Pro</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+54"/>
        <source>Checkout</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Checkout will take payment for completed appointments: card payments through Stripe, gift cards, packages and loyalty points, with printed or e-mailed receipts.</source>
        <translation>El área de Cobro recibirá el pago de las citas completadas: pagos con tarjeta a través de Stripe, tarjetas de regalo, paquetes y puntos de fidelidad, con recibos impresos o enviados por correo electrónico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until then, take payment on your card terminal as you do today.</source>
        <translation>Mientras tanto, cobre en su terminal de tarjetas como lo hace hoy.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+48"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Sync will keep this computer and the clinic&apos;s other devices up to date through the clinic&apos;s sync server, and list the changes that need your attention.</source>
        <translation>El área de Sincronización mantendrá al día esta computadora y los demás dispositivos de la clínica a través del servidor de sincronización de la clínica, y mostrará los cambios que requieren su atención.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until then, everything is saved on this computer only. Bookings made here are shown as unconfirmed.</source>
        <translation>Mientras tanto, todo se guarda solo en esta computadora. Las reservas hechas aquí se muestran como no confirmadas.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Offline — no sync server configured</source>
        <translation>Sin conexión — no hay un servidor de sincronización configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes are saved on this computer. Syncing with other devices comes in a later release.</source>
        <translation>Los cambios se guardan en esta computadora. La sincronización con otros dispositivos llegará en una versión posterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1 · %2</source>
        <translation>Sesión iniciada como %1 · %2</translation>
    </message>
</context>
<context>
    <name>msp::ui::MergeDialog</name>
    <message>
        <location filename="../ui/clients/mergedialog.cpp" line="+34"/>
        <source>Merge client records</source>
        <translation>Combinar registros de cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the record to keep and, for each field, the value it keeps. Appointments, invoices, deposits and waitlist entries of the other record move to it. The merge can be undone from the merge history.</source>
        <translation>Elija el registro que se conserva y, para cada campo, el valor que conserva. Las citas, facturas, depósitos y entradas de lista de espera del otro registro pasan a él. La combinación puede deshacerse desde el historial de combinaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record A</source>
        <translation>Registro A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record B</source>
        <translation>Registro B</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Keep this record</source>
        <translation>Conservar este registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept record</source>
        <translation>Registro conservado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is kept. Moving to it: %2.</source>
        <translation>Se conserva %1. Pasan a él: %2.</translation>
    </message>
</context>
<context>
    <name>msp::ui::MergeHistoryModel</name>
    <message numerus="yes">
        <location filename="../ui/clients/mergehistorymodel.cpp" line="+34"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deposit(s)</source>
        <translation>
            <numerusform>%n depósito</numerusform>
            <numerusform>%n depósitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waitlist entry(ies)</source>
        <translation>
            <numerusform>%n entrada de lista de espera</numerusform>
            <numerusform>%n entradas de lista de espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing moved</source>
        <translation>no se trasladó nada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept record</source>
        <translation>Registro conservado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged record</source>
        <translation>Registro combinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>msp::ui::NewClientPanel</name>
    <message>
        <location filename="../ui/calendar/newclientpanel.cpp" line="+38"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add client</source>
        <translation>Agregar cliente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These clients look like the one you typed. Use one of them, or add a new client anyway if this is someone else.</source>
        <translation>Estos clientes se parecen al que escribió. Use uno de ellos o agregue un cliente nuevo de todos modos si se trata de otra persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use selected client</source>
        <translation>Usar el cliente seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add new client anyway</source>
        <translation>Agregar el cliente nuevo de todos modos</translation>
    </message>
</context>
<context>
    <name>msp::ui::NotSubmittedModel</name>
    <message>
        <location filename="../ui/reconcile/notsubmittedmodel.cpp" line="+55"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward value</source>
        <translation>Valor de la recompensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorisation code</source>
        <translation>Código de autorización</translation>
    </message>
</context>
<context>
    <name>msp::ui::PendingPaymentRecovery</name>
    <message numerus="yes">
        <location filename="../ui/checkout/pendingpayments.cpp" line="+31"/>
        <source>%n card payment(s) from before the restart went through and are recorded.</source>
        <translation>
            <numerusform>%n pago con tarjeta de antes del reinicio se realizó y quedó registrado.</numerusform>
            <numerusform>%n pagos con tarjeta de antes del reinicio se realizaron y quedaron registrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n card payment(s) from before the restart were not charged; take them again.</source>
        <translation>
            <numerusform>%n pago con tarjeta de antes del reinicio no se cobró; vuelva a cobrarlo.</numerusform>
            <numerusform>%n pagos con tarjeta de antes del reinicio no se cobraron; vuelva a cobrarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n card payment(s) still have no answer from Stripe; they are checked again at the next start or when taken again.</source>
        <translation>
            <numerusform>%n pago con tarjeta todavía no tiene respuesta de Stripe; se vuelve a consultar en el próximo inicio o al cobrarlo de nuevo.</numerusform>
            <numerusform>%n pagos con tarjeta todavía no tienen respuesta de Stripe; se vuelven a consultar en el próximo inicio o al cobrarlos de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n card refund(s) waiting since before the restart were sent.</source>
        <translation>
            <numerusform>Se envió %n reembolso a tarjeta pendiente desde antes del reinicio.</numerusform>
            <numerusform>Se enviaron %n reembolsos a tarjeta pendientes desde antes del reinicio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>msp::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/common/placeholderpage.cpp" line="+57"/>
        <source>Coming in a later release</source>
        <translation>Disponible en una versión posterior</translation>
    </message>
</context>
<context>
    <name>msp::ui::Receipt</name>
    <message>
        <location filename="../ui/checkout/receipt.cpp" line="+22"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
</context>
<context>
    <name>msp::ui::ReconcileBandModel</name>
    <message numerus="yes">
        <location filename="../ui/reconcile/reconcilebandmodel.cpp" line="+107"/>
        <source>Matched (%n)</source>
        <translation>
            <numerusform>Coincidentes (%n)</numerusform>
            <numerusform>Coincidentes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>To review (%n)</source>
        <translation>
            <numerusform>Por revisar (%n)</numerusform>
            <numerusform>Por revisar (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unmatched (%n)</source>
        <translation>
            <numerusform>Sin pareja (%n)</numerusform>
            <numerusform>Sin pareja (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>✓ Accepted</source>
        <translation>✓ Aceptado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Rejected</source>
        <translation>✗ Rechazado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold (tender line)</source>
        <translation>Vendido (línea de pago)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reported (portal or payout)</source>
        <translation>Informado (portal o transferencia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>msp::ui::ReconciliationPage</name>
    <message>
        <location filename="../ui/reconcile/reconciliationpage.cpp" line="+36"/>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconciliation is for managers and administrators. Ask one of them to match payouts and loyalty rewards, or to change your role.</source>
        <translation>La conciliación es para gerentes y administradores. Pida a uno de ellos que concilie las transferencias y las recompensas de fidelidad, o que cambie su rol.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not submitted: rewards taken at checkout that no portal reports</source>
        <translation>No enviadas: recompensas cobradas en caja que ningún portal informa</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import file…</source>
        <translation>Importar archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again</source>
        <translation>Volver a conciliar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept all in Matched</source>
        <translation>Aceptar todo en Coincidentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Past imports…</source>
        <translation>&amp;Importaciones anteriores…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decisions…</source>
        <translation>&amp;Decisiones…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Umbrales…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keys: A accept · R reject · U undo · C or Enter pick another candidate · arrows move</source>
        <translation>Teclas: A aceptar · R rechazar · U deshacer · C o Intro elegir otro candidato · flechas para moverse</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 sales and %2 reported records from %3 to %4.</source>
        <translation>%1 ventas y %2 registros informados del %3 al %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n redemption(s), %2</source>
        <translation>
            <numerusform>%1: %n canje, %2</numerusform>
            <numerusform>%1: %n canjes, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money at risk: every redemption the portals report has its tender line.</source>
        <translation>No hay dinero en riesgo: cada canje que informan los portales tiene su línea de pago.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Money at risk: %1 in %n redemption(s) with no tender line</source>
        <translation>
            <numerusform>Dinero en riesgo: %1 en %n canje sin línea de pago</numerusform>
            <numerusform>Dinero en riesgo: %1 en %n canjes sin línea de pago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing is paired on this row yet: press C to pick a candidate.</source>
        <translation>Esta fila aún no tiene pareja: pulse C para elegir un candidato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted.</source>
        <translation>Aceptado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rejected: this pair will not be proposed again.</source>
        <translation>Rechazado: esta pareja no se volverá a proponer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paired and accepted.</source>
        <translation>Emparejado y aceptado.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Accepted %n match(es).</source>
        <translation>
            <numerusform>Se aceptó %n coincidencia.</numerusform>
            <numerusform>Se aceptaron %n coincidencias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1: %2 added, %3 already imported, %4 skipped with problems.</source>
        <translation>Importado %1: %2 añadidos, %3 ya importados, %4 omitidos por problemas.</translation>
    </message>
    <message>
        <location filename="../ui/reconcile/reconciliationpagehistory.cpp" line="+23"/>
        <source>Matched at %1 or above · to review from %2</source>
        <translation>Coincidentes desde %1 · por revisar desde %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was decided on this row: A accepts it, R rejects it.</source>
        <translation>No se decidió nada en esta fila: A la acepta, R la rechaza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone: the match is back in the bands, scored afresh.</source>
        <translation>Deshecho: la coincidencia volvió a las bandas con una puntuación nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: the pair may be proposed again.</source>
        <translation>Deshecho: el par se puede volver a proponer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thresholds saved; the results were banded again.</source>
        <translation>Umbrales guardados; los resultados se volvieron a clasificar en bandas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reconciling %1 again: its rows run from %2 to %3.</source>
        <translation>Conciliando %1 de nuevo: sus filas van del %2 al %3.</translation>
    </message>
</context>
<context>
    <name>msp::ui::RefundDialog</name>
    <message>
        <location filename="../ui/checkout/refunddialog.cpp" line="+48"/>
        <location line="+24"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Why the money goes back (required)</source>
        <translation>Por qué se devuelve el dinero (obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Monto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Paid %1. Refunded so far %2. Still refundable %3.</source>
        <translation>Pagado %1. Reembolsado hasta ahora %2. Aún reembolsable %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to the card is waiting for Stripe.</source>
        <translation>%1 a la tarjeta está esperando a Stripe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes back as: %1.</source>
        <translation>Se devuelve como: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Part of this refund goes back to the card, and card payments are not set up on this computer: an administrator adds the Stripe key in Admin &gt; Payments.</source>
        <translation>Parte de este reembolso vuelve a la tarjeta y los pagos con tarjeta no están configurados en esta computadora: un administrador agrega la clave de Stripe en Administración &gt; Pagos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part of this refund goes back to the card, which needs an internet connection, and this computer is offline. Nothing was refunded; try again once online.</source>
        <translation>Parte de este reembolso vuelve a la tarjeta, lo que necesita conexión a internet, y esta computadora está sin conexión. No se reembolsó nada; vuelva a intentarlo cuando haya conexión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refund of %1 recorded.</source>
        <translation>Reembolso de %1 registrado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending the card refund to Stripe...</source>
        <translation>Enviando el reembolso a la tarjeta a Stripe...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The card refund was accepted by Stripe.</source>
        <translation>Stripe aceptó el reembolso a la tarjeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card refund did not go through: %1</source>
        <translation>El reembolso a la tarjeta no se realizó: %1</translation>
    </message>
</context>
<context>
    <name>msp::ui::SeriesScopeChoice</name>
    <message>
        <location filename="../ui/calendar/seriesscopechoice.cpp" line="+13"/>
        <source>This appointment only</source>
        <translation>Solo esta cita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This and the following appointments</source>
        <translation>Esta cita y las siguientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All open appointments in the series</source>
        <translation>Todas las citas pendientes de la serie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This appointment is part of a series. Apply to:</source>
        <translation>Esta cita forma parte de una serie. Aplicar a:</translation>
    </message>
</context>
<context>
    <name>msp::ui::SeriesScopeDialog</name>
    <message>
        <location filename="../ui/calendar/seriesscopedialog.cpp" line="+16"/>
        <source>Change a recurring appointment</source>
        <translation>Cambiar una cita periódica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave it</source>
        <translation>Dejarla como está</translation>
    </message>
</context>
<context>
    <name>msp::ui::SyncController</name>
    <message>
        <location filename="../ui/sync/synccontroller.cpp" line="+34"/>
        <source>Enter the sync server&apos;s address as https://name:port, for example https://sync.example-clinic.com:8443.</source>
        <translation>Ingrese la dirección del servidor de sincronización como https://nombre:puerto, por ejemplo https://sync.example-clinic.com:8443.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter only the server&apos;s address (https://name:port), without a path.</source>
        <translation>Ingrese solo la dirección del servidor (https://nombre:puerto), sin ruta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate file %1 cannot be read. Check the path, or leave the field empty to trust only the system&apos;s certificates.</source>
        <translation>No se puede leer el archivo de certificado %1. Revise la ruta o deje el campo vacío para confiar solo en los certificados del sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no PEM certificate. Choose the CA certificate your administrator gave you (a .pem or .crt file that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 no contiene ningún certificado PEM. Elija el certificado de la CA que le entregó su administrador (un archivo .pem o .crt que empieza con -----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>msp::ui::SyncPage</name>
    <message>
        <location filename="../ui/sync/syncpage.cpp" line="+55"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates</source>
        <translation>Actualizaciones en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out of the server</source>
        <translation>Cerrar sesión en el servidor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync server</source>
        <translation>Servidor de sincronización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: the clinic&apos;s CA certificate (.pem)</source>
        <translation>Opcional: el certificado de la CA de la clínica (.pem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your administrator gives you the address, and a CA certificate file when the server uses the clinic&apos;s own certificate. Leave the address empty to keep this computer&apos;s data on this computer only.</source>
        <translation>Su administrador le proporciona la dirección y, si el servidor usa un certificado propio de la clínica, un archivo de certificado de la CA. Deje la dirección vacía para que los datos de esta computadora se queden solo en ella.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save server settings</source>
        <translation>Guardar la configuración del servidor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign this device in</source>
        <translation>Iniciar sesión con este dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in once with your clinic account. The device then stays signed in: its key is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Inicie sesión una vez con su cuenta de la clínica. Después, el dispositivo mantiene la sesión iniciada: su clave se guarda en el llavero del sistema de esta computadora, nunca en un archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you@clinic.com</source>
        <translation>usted@clinica.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>6 digits from your authenticator app</source>
        <translation>Los 6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+51"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Changes the server could not take as they were. Each choice here is saved, recorded in the audit log and sent to the other devices.</source>
        <translation>Cambios que el servidor no pudo aceptar tal como estaban. Cada decisión que tome aquí se guarda, se anota en el registro de auditoría y se envía a los demás dispositivos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enrol an authenticator</source>
        <translation>Registrar una aplicación de autenticación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: everything made here is on the server</source>
        <translation>Ninguno: todo lo hecho aquí ya está en el servidor</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) made here, not yet on the server</source>
        <translation>
            <numerusform>%n cambio hecho aquí aún no está en el servidor</numerusform>
            <numerusform>%n cambios hechos aquí aún no están en el servidor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: changes from other devices arrive at once</source>
        <translation>Activadas: los cambios de otros dispositivos llegan al instante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: this device checks for changes every minute</source>
        <translation>Desactivadas: este dispositivo busca cambios cada minuto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server cannot be reached. Changes are kept here and sent when it answers again.</source>
        <translation>No se puede conectar con el servidor. Los cambios se guardan aquí y se enviarán cuando vuelva a responder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An administrator removed this device from the clinic.</source>
        <translation>Un administrador retiró este dispositivo de la clínica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs attention (%1)</source>
        <translation>Requiere atención (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved. Sign this device in below if it is not signed in yet.</source>
        <translation>Guardado. Más abajo, inicie sesión con este dispositivo si aún no lo ha hecho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. This device now keeps its data to itself.</source>
        <translation>Guardado. Ahora este dispositivo conserva sus datos solo para sí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the clinic&apos;s CA certificate</source>
        <translation>Elija el certificado de la CA de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter your e-mail, your password and the 6-digit code your authenticator app shows now.</source>
        <translation>Ingrese su correo electrónico, su contraseña y el código de 6 dígitos que muestra ahora su aplicación de autenticación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>msp::ui::TerminalCharge</name>
    <message>
        <location filename="../ui/checkout/terminalcharge.cpp" line="+50"/>
        <location line="+82"/>
        <source>Cancelled at the front desk; the card was not charged.</source>
        <translation>Cancelado en recepción; no se cobró la tarjeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card payment was cancelled; the card was not charged.</source>
        <translation>El pago con tarjeta se canceló; no se cobró la tarjeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled on the reader; the card was not charged.</source>
        <translation>Cancelado en el lector; no se cobró la tarjeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card declined on the reader: %1</source>
        <translation>Tarjeta rechazada en el lector: %1</translation>
    </message>
</context>
<context>
    <name>msp::ui::ThresholdsDialog</name>
    <message>
        <location filename="../ui/reconcile/thresholdsdialog.cpp" line="+45"/>
        <source>Reconciliation thresholds</source>
        <translation>Umbrales de conciliación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pair scoring at or above the match threshold is matched without a look; one at or above the review threshold waits in To review; anything lower stays unmatched. The thresholds apply to card payments and every loyalty program.</source>
        <translation>Un par con una puntuación igual o superior al umbral de coincidencia se empareja sin revisarlo; uno igual o superior al umbral de revisión espera en Por revisar; lo que quede por debajo queda sin emparejar. Los umbrales se aplican a los pagos con tarjeta y a todos los programas de fidelidad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Matched at or above:</source>
        <translation>&amp;Coincide desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To review at or above:</source>
        <translation>&amp;Por revisar desde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save and re-band</source>
        <translation>Guardar y reclasificar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only managers and administrators can change the thresholds.</source>
        <translation>Solo los gerentes y los administradores pueden cambiar los umbrales.</translation>
    </message>
</context>
<context>
    <name>msp::ui::reconcileformat</name>
    <message>
        <location filename="../ui/reconcile/reconcileformat.cpp" line="+34"/>
        <source>%1 redemption on %2, %3, no tender line</source>
        <translation>Canje de %1 del %2, %3, sin línea de pago</translation>
    </message>
</context>
</TS>
