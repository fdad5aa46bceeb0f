target_sources(fedconsole-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/CredentialCommand.h ${CMAKE_CURRENT_LIST_DIR}/CredentialCommand.cpp)
target_link_libraries(fedconsole-cli PRIVATE OpenSSL::Crypto)
