// awsjobs::auth — sign requests the way the AWS CLI does (SigV4, and SigV2 for Import/Export on
// request) and verify them the way AWS does. Needs OpenSSL 3's libcrypto (link awsjobs::auth).
//
//   auth::credentials creds{"AKIDEXAMPLE", auth::secret_string{secret}, {}, {}};
//   auth::sign_v4(request, creds, {.region = "us-east-1", .service = "dataexchange"}).value();
//   auto checked = auth::verify(request, lookup);   // auth::verified, or auth::error with AWS's text
#ifndef AWSJOBS_AUTH_HPP
#define AWSJOBS_AUTH_HPP

#include <awsjobs/auth/credentials.hpp>
#include <awsjobs/auth/error.hpp>
#include <awsjobs/auth/sigv2.hpp>
#include <awsjobs/auth/sigv4.hpp>
#include <awsjobs/auth/verify.hpp>

#endif
